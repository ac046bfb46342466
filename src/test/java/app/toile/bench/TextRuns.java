package app.toile.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text runs of an exported PDF, page by page: each run's text, whether it is bold, its size
 * and where it starts. The PDF floor writes exactly these, with no layout work.
 */
final class TextRuns {
  record Run(String text, boolean bold, float size, float x, float y) {}

  private TextRuns() {}

  static List<List<Run>> of(byte[] pdf) throws IOException {
    List<List<Run>> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            TextPosition first = positions.get(0);
            boolean bold = first.getFont().getName() != null
                && first.getFont().getName().contains("Bold");
            runs.add(new Run(text, bold, first.getFontSizeInPt(), first.getXDirAdj(),
                first.getPageHeight() - first.getYDirAdj()));
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
}
