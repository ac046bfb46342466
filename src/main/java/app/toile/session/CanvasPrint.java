package app.toile.session;

import app.toile.export.CanvasPageImage;
import app.toile.export.ExportOptions;
import app.toile.export.Paper;
import app.toile.model.Canvas;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Locale;

/**
 * The open canvas's page for a printer: drawn as the PDF draws it, in the canvas's language, on
 * the paper that matches the printer's, at the printer's resolution, and sized to its printable
 * area. Slow (a page at 300 dpi is tens of megapixels): run it off the UI thread.
 */
public final class CanvasPrint {
  private CanvasPrint() {}

  /**
   * The page to print.
   *
   * @param image the canvas page at the resolution asked for
   * @param width the width to print it at, in points
   * @param height the height to print it at, in points
   */
  public record Page(BufferedImage image, double width, double height) {}

  /** The export paper closest to a printer's paper, by name ("A3", "Letter"); A4 otherwise. */
  public static Paper paperFor(String printerPaper) {
    String name = printerPaper == null ? "" : printerPaper.toLowerCase(Locale.ROOT);
    if (name.contains("a3")) {
      return Paper.A3;
    }
    return name.contains("letter") ? Paper.LETTER : Paper.A4;
  }

  /**
   * Renders a canvas (taken from the session on the UI thread, then handed here).
   *
   * @param otherwise the language when the canvas's words do not tell (the editor's)
   * @param printerPaper the name of the printer's paper
   * @param areaWidth the printable width, in points
   * @param areaHeight the printable height, in points
   * @param dpi the printer's resolution
   */
  public static Page render(Canvas canvas, Locale otherwise, String printerPaper,
      double areaWidth, double areaHeight, int dpi) throws IOException {
    Paper paper = paperFor(printerPaper);
    Locale language = CanvasLanguage.of(canvas, otherwise);
    BufferedImage image = CanvasPageImage.render(canvas, new ExportOptions(paper, language), dpi);
    double[] size = CanvasPageImage.fit(paper.width(), paper.height(), areaWidth, areaHeight);
    return new Page(image, size[0], size[1]);
  }
}
