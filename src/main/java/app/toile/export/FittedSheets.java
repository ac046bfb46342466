package app.toile.export;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes presentation sheets each on one page when a slightly smaller type lets it: a profile
 * that runs a few lines over its page is set again a little smaller rather than leave those lines
 * alone on a page of their own. One that is longer still goes on over pages at its own size.
 */
final class FittedSheets {
  /** The sizes tried, relative to the flow's usual type, largest first. */
  private static final float[] SCALES = {1f, 0.93f, 0.86f};

  private final PDDocument doc;
  private final Paper paper;
  private final PdfFonts fonts;
  private final UnaryOperator<String> continued;
  private final float scale;

  /**
   * @param scale the type's usual size relative to a segment page's
   */
  FittedSheets(PDDocument doc, Paper paper, PdfFonts fonts, UnaryOperator<String> continued,
      float scale) {
    this.doc = doc;
    this.paper = paper;
    this.fonts = fonts;
    this.continued = continued;
    this.scale = scale;
  }

  void write(Sheet sheet) throws IOException {
    int before = doc.getNumberOfPages();
    for (float s : SCALES) {
      write(sheet, scale * s);
      if (doc.getNumberOfPages() - before <= 1) {
        return;
      }
      while (doc.getNumberOfPages() > before) {
        doc.removePage(doc.getNumberOfPages() - 1);
      }
    }
    write(sheet, scale);
  }

  private void write(Sheet sheet, float size) throws IOException {
    try (PageFlow flow = new PageFlow(doc, paper, fonts, 2, continued, size)) {
      new SheetPage(flow, continued).write(sheet);
    }
  }
}
