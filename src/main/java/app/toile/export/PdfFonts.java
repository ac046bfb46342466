package app.toile.export;

import app.toile.export.layout.TextMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
  private static final char MISSING = '?';
  /** Code points per page of the tables below; a page is filled in as its code points appear. */
  private static final int PAGE = 256;
  private static final byte UNKNOWN = 0;
  private static final byte SHOWN = 1;
  private static final byte NOT_SHOWN = 2;

  /** The icon font of Ikonli's Feather pack, which the editor draws its icons with. */
  private static final String ICONS = "/META-INF/resources/feather/4.28/fonts/feather.ttf";
  /** The font files as read once, by name; never changed, so shared by every export. */
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

  private final PDDocument doc;
  private final PDType0Font regular;
  private final PDType0Font bold;
  private PDType0Font icons;
  // Every character of a text is measured and checked; asking the fonts each time (a character
  // map look-up and a string to encode) cost more than writing the text to the PDF.
  private final byte[][] shown = new byte[(Character.MAX_CODE_POINT + 1) / PAGE][];
  private final float[][] regularAdvances = new float[(Character.MAX_CODE_POINT + 1) / PAGE][];
  private final float[][] boldAdvances = new float[(Character.MAX_CODE_POINT + 1) / PAGE][];

  private PdfFonts(PDDocument doc, PDType0Font regular, PDType0Font bold) {
    this.doc = doc;
    this.regular = regular;
    this.bold = bold;
  }

  /** Loads both fonts into the document, to be embedded as subsets. */
  static PdfFonts load(PDDocument doc) throws IOException {
    return new PdfFonts(doc, load(doc, DIR + "LiberationSans-Regular.ttf"),
        load(doc, DIR + "LiberationSans-Bold.ttf"));
  }

  private static PDType0Font load(PDDocument doc, String name) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(name)));
    doc.registerTrueTypeFontForClosing(font);
    // Letter by letter, as measured here: with the font's substitutions (ligatures), PDFBox
    // compiles a set of regular expressions for every string it shows, which took nine tenths
    // of the export of a large canvas.
    font.setEnableGsub(false);
    return PDType0Font.load(doc, font, true);
  }

  /**
   * A font file shipped with Toile, read from the application once: unpacking it from the jar
   * at every export took some two fifths of the time of a small canvas's export.
   */
  private static byte[] bytes(String name) throws IOException {
    byte[] file = FILES.get(name);
    if (file == null) {
      try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IOException("font missing from the application: " + name);
        }
        file = in.readAllBytes();
      }
      FILES.putIfAbsent(name, file);
    }
    return file;
  }

  PDType0Font font(boolean isBold) {
    return isBold ? bold : regular;
  }

  /**
   * The icon font, embedded as a subset like the text fonts: loaded the first time an icon is
   * drawn, so that a document without icons does not carry it.
   */
  PDType0Font icons() throws IOException {
    if (icons == null) {
      icons = load(doc, ICONS);
    }
    return icons;
  }

  /**
   * The font's own width of the code point: the same figure PDFBox adds up for a string, so a
   * width summed here is the width PDFBox gives, to the last bit.
   */
  @Override
  public float advance(int codePoint, boolean isBold) {
    float[][] pages = isBold ? boldAdvances : regularAdvances;
    float[] page = pages[codePoint / PAGE];
    if (page == null) {
      page = new float[PAGE];
      Arrays.fill(page, Float.NaN);
      pages[codePoint / PAGE] = page;
    }
    float advance = page[codePoint % PAGE];
    if (Float.isNaN(advance)) {
      try {
        advance = font(isBold).getStringWidth(Character.toString(codePoint));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      page[codePoint % PAGE] = advance;
    }
    return advance;
  }

  @Override
  public String printable(String text) {
    if (text == null) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder sb = null;
    for (int i = 0; i < composed.length(); ) {
      int cp = composed.codePointAt(i);
      int next = i + Character.charCount(cp);
      char replacement = replacement(cp);
      if (replacement != 0 && sb == null) {
        sb = new StringBuilder(composed.length()).append(composed, 0, i);
      }
      if (replacement != 0) {
        sb.append(replacement);
      } else if (sb != null) {
        sb.append(composed, i, next);
      }
      i = next;
    }
    return sb == null ? composed : sb.toString();
  }

  /** What stands for the code point in printable text, or 0 when it stands for itself. */
  private char replacement(int cp) {
    if (cp == '\n' || cp == '\r' || cp == ' ') {
      return 0;
    }
    if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
      return ' ';
    }
    return canShow(cp) ? 0 : MISSING;
  }

  private boolean canShow(int codePoint) {
    byte[] page = shown[codePoint / PAGE];
    if (page == null) {
      page = new byte[PAGE];
      shown[codePoint / PAGE] = page;
    }
    if (page[codePoint % PAGE] == UNKNOWN) {
      page[codePoint % PAGE] = encodes(codePoint) ? SHOWN : NOT_SHOWN;
    }
    return page[codePoint % PAGE] == SHOWN;
  }

  private boolean encodes(int codePoint) {
    String s = Character.toString(codePoint);
    try {
      regular.encode(s);
      bold.encode(s);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
