package app.toile.export;

import app.toile.model.Canvas;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Exports the canvas page as a PNG image at twice the PDF's resolution (144 dpi), drawn by
 * PDFBox's renderer from the same layout as the PDF, so it needs no display.
 */
public final class PngExporter {
  /** Resolution of the image: 2 pixels per point. */
  public static final float DPI = 144f;

  static {
    // ImageIO would otherwise cache the image in a file of its own in the system's temporary
    // folder: a second file written outside the safe writer, left behind by a kill, and closed
    // at exit with a stack trace when the disk was full.
    ImageIO.setUseCache(false);
  }

  private PngExporter() {}

  /** Writes the PNG of the canvas page to {@code out} (left open). */
  public static void export(Canvas canvas, FindingLines findings, ExportOptions options,
      OutputStream out, DoubleConsumer progress) throws IOException {
    DoubleConsumer report = progress == null ? p -> { } : progress;
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfExporter.export(canvas, findings, options, pdf, p -> report.accept(p / 2));
    // Render the saved PDF, not the document being built: fonts are subset and embedded on
    // saving, and before that the renderer would fall back to whatever fonts the system has.
    BufferedImage image;
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      image = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
    }
    report.accept(0.8);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer available");
    }
    report.accept(1.0);
  }
}
