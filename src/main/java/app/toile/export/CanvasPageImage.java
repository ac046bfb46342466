package app.toile.export;

import app.toile.model.Canvas;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The canvas page as the PDF draws it, rendered to an image at a given resolution: what a
 * printer gets, so that the printout and the PDF are the same page. Needs no display and no
 * printer.
 */
public final class CanvasPageImage {
  /** Above this, a page's image costs memory and time and prints no sharper. */
  public static final int MAX_DPI = 300;
  /** Below this, text would print blurred. */
  public static final int MIN_DPI = 72;

  private CanvasPageImage() {}

  /**
   * Renders the canvas page on the options' paper and in their language.
   *
   * @param dpi the printer's resolution in dots per inch, kept between 72 and 300
   */
  public static BufferedImage render(Canvas canvas, ExportOptions options, int dpi)
      throws IOException {
    ExportOptions pageOnly = new ExportOptions(options.paper(), options.locale(),
        EnumSet.noneOf(ExportPart.class));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfExporter.export(canvas, FindingLines.NONE, pageOnly, pdf, p -> { });
    // The saved PDF, as for the PNG: its fonts are embedded only once it is saved.
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      return new PDFRenderer(doc).renderImageWithDPI(0, clamp(dpi), ImageType.RGB);
    }
  }

  /** The resolution actually used for a printer's. */
  public static int clamp(int dpi) {
    return Math.max(MIN_DPI, Math.min(dpi, MAX_DPI));
  }

  /**
   * The size, in points, a page of {@code pageWidth} × {@code pageHeight} points is printed at to
   * fit a printable area, keeping its proportions: {width, height}.
   */
  public static double[] fit(double pageWidth, double pageHeight, double areaWidth,
      double areaHeight) {
    double scale = Math.min(areaWidth / pageWidth, areaHeight / pageHeight);
    return new double[] {pageWidth * scale, pageHeight * scale};
  }
}
