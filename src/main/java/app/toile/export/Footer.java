package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.PageFrame;
import app.toile.export.layout.TextFit;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.IntToDoubleFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Stamps every page, once all exist, with the canvas title, "page N of M" and the attribution the
 * Business Model Canvas's licence asks for; or, for an image of the canvas page alone, the
 * attribution only.
 */
final class Footer {
  static final float SIZE = 6.5f;

  private Footer() {}

  /**
   * @param pageOf formats the page number and count, e.g. "page 2 of 7"
   * @param scaleOf how much larger than its size in points each page (from 0) is drawn
   */
  static void stamp(PDDocument doc, PdfFonts fonts, String title, String attribution,
      BiFunction<Integer, Integer, String> pageOf, IntToDoubleFunction scaleOf)
      throws IOException {
    int count = doc.getNumberOfPages();
    // Worked out once: a long title would otherwise be cleaned and measured again on every page.
    String line = fonts.printable(title).replaceAll("\\s+", " ");
    String right = fonts.printable(attribution);
    int i = 0;
    // The page tree's iterator, not getPage(i), which walks the tree from its root each time.
    for (PDPage page : doc.getPages()) {
      float scale = (float) scaleOf.applyAsDouble(i);
      try (Pen pen = new Pen(doc, page, fonts, true, scale)) {
        Box f = band(page, scale);
        pen.line(f.x(), f.y(), f.right(), f.y(), Colours.RULE, 0.4f);
        float baseline = f.bottom() - 2;
        String middle = fonts.printable(pageOf.apply(++i, count));
        float middleWidth = fonts.width(middle, false, SIZE);
        pen.text(middle, f.x() + (f.width() - middleWidth) / 2, baseline, false, SIZE,
            Colours.MUTED);
        pen.textRight(right, f.right(), baseline, false, SIZE, Colours.MUTED);
        float room = (f.width() - middleWidth) / 2 - 12;
        // The title, shortened with an ellipsis when it would run into the page number.
        pen.text(TextFit.shorten(line, room, true, SIZE, fonts), f.x(), baseline, true, SIZE,
            Colours.MUTED);
      }
    }
  }

  /**
   * Writes the attribution alone at the foot of a page, right-aligned, with no rule, title or
   * page number: an image of the canvas page is no page of a document.
   */
  static void attribution(PDDocument doc, PDPage page, PdfFonts fonts, String attribution,
      float scale) throws IOException {
    try (Pen pen = new Pen(doc, page, fonts, true, scale)) {
      Box f = band(page, scale);
      pen.textRight(fonts.printable(attribution), f.right(), f.bottom() - 2, false, SIZE,
          Colours.FAINT);
    }
  }

  private static Box band(PDPage page, float scale) {
    return PageFrame.of(page.getMediaBox().getWidth() / scale,
        page.getMediaBox().getHeight() / scale, 0).footer();
  }
}
