package app.toile.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text runs of an exported PDF, page by page: each run's text, its font (regular, bold, or the
 * icons of the blocks), its size and where it starts. The PDF floor writes exactly these, with no
 * layout work.
 */
final class TextRuns {
  enum Font { REGULAR, BOLD, ICONS }

  record Run(String text, Font font, float size, float x, float y) {}

  private TextRuns() {}

  static List<List<Run>> of(byte[] pdf) throws IOException {
    List<List<Run>> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            // A line may hold text and an icon: one run for each font in turn.
            int start = 0;
            for (int i = 1; i <= positions.size(); i++) {
              if (i == positions.size()
                  || font(positions.get(i)) != font(positions.get(start))) {
                TextPosition first = positions.get(start);
                StringBuilder sb = new StringBuilder();
                positions.subList(start, i).forEach(p -> sb.append(p.getUnicode()));
                runs.add(new Run(sb.toString(), font(first), first.getFontSizeInPt(),
                    first.getXDirAdj(), first.getPageHeight() - first.getYDirAdj()));
                start = i;
              }
            }
          }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        pages.add(runs);
      }
    }
    return pages;
  }

  private static Font font(TextPosition p) {
    String name = p.getFont().getName() == null ? "" : p.getFont().getName();
    return name.contains("Feather") ? Font.ICONS : name.contains("Bold") ? Font.BOLD
        : Font.REGULAR;
  }
}
