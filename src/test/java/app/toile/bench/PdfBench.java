package app.toile.bench;

import app.toile.export.ExportOptions;
import app.toile.export.FindingLines;
import app.toile.export.PdfExporter;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF export of a canvas (with the findings beside each segment, as the editor exports)
 * against PDFBox writing the same text runs with the same embedded fonts, one page per exported
 * page, in memory on both sides: the largest sample, and a canvas holding one note of a megabyte,
 * whose layout must cost in proportion to its text as PDFBox's writing does.
 */
final class PdfBench {
  private static final String FLOOR =
      "PDFBox writing the same text runs with the same font, one page each";
  private static final ExportOptions OPTIONS = ExportOptions.of(Locale.ENGLISH);
  private static final long SEED = 9;

  private PdfBench() {}

  static Row row(Canvas sample, String name, int warmUps, int runs) throws Exception {
    List<List<TextRuns.Run>> pages = TextRuns.of(export(sample, OPTIONS));
    Interleaved.Medians medians = Interleaved.time(Interleaved.Clock.CPU, warmUps, runs,
        () -> export(sample, OPTIONS), () -> floor(pages));
    return Row.timed("PDF export of the largest sample (" + name + ", " + pages.size() + " pages)",
        FLOOR, medians, 1.5);
  }

  /** The export of an empty canvas but for one note of {@code chars} characters of prose. */
  static Row longNote(int chars, int warmUps, int runs) throws Exception {
    Canvas canvas = Canvas.empty().withNotes(Block.VALUE_PROPOSITIONS,
        List.of(Note.of("long", Prose.of(chars, SEED))));
    List<List<TextRuns.Run>> pages = TextRuns.of(export(canvas, OPTIONS));
    Interleaved.Medians medians = Interleaved.time(Interleaved.Clock.CPU, warmUps, runs,
        () -> export(canvas, OPTIONS), () -> floor(pages));
    return Row.timed(String.format(Locale.ROOT,
        "PDF export of one %,d-character note (%d pages)", chars, pages.size()), FLOOR, medians,
        1.5);
  }

  private static byte[] export(Canvas canvas, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, FindingLines.validate(canvas, options.locale()), options, out, null);
    return out.toByteArray();
  }

  private static byte[] floor(List<List<TextRuns.Run>> pages) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDType0Font regular = font(doc, "LiberationSans-Regular.ttf");
      PDType0Font bold = font(doc, "LiberationSans-Bold.ttf");
      PDType0Font icons = font(doc, "/META-INF/resources/feather/4.28/fonts/feather.ttf");
      PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      for (List<TextRuns.Run> runs : pages) {
        PDPage page = new PDPage(a4);
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
          for (TextRuns.Run run : runs) {
            text.beginText();
            text.setFont(switch (run.font()) {
              case BOLD -> bold;
              case ICONS -> icons;
              case REGULAR -> regular;
            }, run.size());
            text.newLineAtOffset(run.x(), run.y());
            text.showText(run.text());
            text.endText();
          }
        }
      }
      doc.save(out);
    }
    return out.toByteArray();
  }

  private static PDType0Font font(PDDocument doc, String name) throws IOException {
    String path = name.startsWith("/") ? name : "/app/toile/fonts/" + name;
    try (InputStream in = PdfBench.class.getResourceAsStream(path)) {
      // Loaded as the export loads them: without the fonts' substitutions.
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
      doc.registerTrueTypeFontForClosing(font);
      font.setEnableGsub(false);
      return PDType0Font.load(doc, font, true);
    }
  }
}
