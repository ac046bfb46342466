package app.toile.bench;

import app.toile.export.ExportOptions;
import app.toile.export.FindingLines;
import app.toile.export.PdfExporter;
import app.toile.model.Canvas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF export of the largest sample (with the findings beside each segment, as the editor
 * exports) against PDFBox writing the same text runs with the same embedded fonts, one page per
 * exported page, in memory on both sides.
 */
final class PdfBench {
  private PdfBench() {}

  static Row row(Canvas sample, String name, int warmUps, int runs) throws Exception {
    ExportOptions options = ExportOptions.of(Locale.ENGLISH);
    List<List<TextRuns.Run>> pages = TextRuns.of(export(sample, options));
    Interleaved.Medians medians = Interleaved.time(Interleaved.Clock.CPU, warmUps, runs,
        () -> export(sample, options), () -> floor(pages));
    return Row.timed("PDF export of the largest sample (" + name + ", " + pages.size() + " pages)",
        "PDFBox writing the same text runs with the same font, one page each", medians, 1.5);
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
      PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      for (List<TextRuns.Run> runs : pages) {
        PDPage page = new PDPage(a4);
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
          for (TextRuns.Run run : runs) {
            text.beginText();
            text.setFont(run.bold() ? bold : regular, run.size());
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
    try (InputStream in = PdfBench.class.getResourceAsStream("/app/toile/fonts/" + name)) {
      return PDType0Font.load(doc, in, true);
    }
  }
}
