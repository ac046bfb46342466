package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.PageFrame;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Stamps every page, once all exist, with the canvas title, "page N of M" and the attribution the
 * Business Model Canvas's licence asks for.
 */
final class Footer {
  static final float SIZE = 6.5f;

  private Footer() {}

  /**
   * @param pageOf formats the page number and count, e.g. "page 2 of 7"
   */
  static void stamp(PDDocument doc, PdfFonts fonts, String title, String attribution,
      java.util.function.BiFunction<Integer, Integer, String> pageOf) throws IOException {
    int count = doc.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      PDPage page = doc.getPage(i);
      PageFrame frame = PageFrame.of(page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
          0);
      Box f = frame.footer();
      try (Pen pen = new Pen(doc, page, fonts, true)) {
        pen.line(f.x(), f.y(), f.right(), f.y(), Colours.RULE, 0.4f);
        float baseline = f.bottom() - 2;
        String right = fonts.printable(attribution);
        float rightWidth = fonts.width(right, false, SIZE);
        String middle = fonts.printable(pageOf.apply(i + 1, count));
        float middleWidth = fonts.width(middle, false, SIZE);
        pen.text(middle, f.x() + (f.width() - middleWidth) / 2, baseline, false, SIZE,
            Colours.MUTED);
        pen.textRight(right, f.right(), baseline, false, SIZE, Colours.MUTED);
        float room = (f.width() - middleWidth) / 2 - 12;
        pen.text(shorten(fonts.printable(title), room, fonts), f.x(), baseline, true, SIZE,
            Colours.MUTED);
      }
    }
  }

  /** The title, shortened with an ellipsis when it would run into the page number. */
  private static String shorten(String title, float room, PdfFonts fonts) {
    String line = title.replaceAll("\\s+", " ");
    if (fonts.width(line, true, SIZE) <= room) {
      return line;
    }
    while (!line.isEmpty() && fonts.width(line + "…", true, SIZE) > room) {
      line = line.substring(0, line.offsetByCodePoints(line.length(), -1));
    }
    return line.strip() + "…";
  }
}
