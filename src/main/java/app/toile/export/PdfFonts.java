package app.toile.export;

import app.toile.export.layout.TextMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of an export (Liberation Sans regular and bold, shipped with Toile under the
 * SIL Open Font License) and their metrics. The standard 14 PDF fonts are never used: they only
 * cover WinAnsi and throw on characters such as U+202F, the thin no-break space of French numbers.
 */
final class PdfFonts implements TextMeasure {
  private static final String DIR = "/app/toile/fonts/";
  /** Shown instead of a character the fonts have no glyph for. */
  private static final String MISSING = "?";

  private final PDType0Font regular;
  private final PDType0Font bold;
  private final Map<Integer, Boolean> shown = new HashMap<>();

  private PdfFonts(PDType0Font regular, PDType0Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** Loads both fonts into the document, to be embedded as subsets. */
  static PdfFonts load(PDDocument doc) throws IOException {
    return new PdfFonts(load(doc, "LiberationSans-Regular.ttf"), load(doc, "LiberationSans-Bold.ttf"));
  }

  private static PDType0Font load(PDDocument doc, String name) throws IOException {
    try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("font missing from the application: " + name);
      }
      return PDType0Font.load(doc, in, true);
    }
  }

  PDType0Font font(boolean isBold) {
    return isBold ? bold : regular;
  }

  @Override
  public float width(String text, boolean isBold, float size) {
    try {
      return font(isBold).getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String printable(String text) {
    if (text == null) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(composed.length());
    composed.codePoints().forEach(cp -> {
      if (cp == '\n' || cp == '\r') {
        sb.appendCodePoint(cp);
      } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ') {
        sb.append(' ');
      } else if (canShow(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(MISSING);
      }
    });
    return sb.toString();
  }

  private boolean canShow(int codePoint) {
    return shown.computeIfAbsent(codePoint, cp -> {
      String s = new String(Character.toChars(cp));
      try {
        regular.encode(s);
        bold.encode(s);
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    });
  }
}
