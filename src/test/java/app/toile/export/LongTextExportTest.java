package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.export.layout.Box;
import app.toile.export.layout.PageFrame;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Extras;
import app.toile.model.Header;
import app.toile.model.Note;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Text far longer than anyone types: a word of thousands of letters takes a few lines, not a page
 * each, and a title of thousands of characters costs the footer no more than a short one.
 */
class LongTextExportTest {
  private static final ExportOptions OPTIONS = ExportOptions.of(Locale.ENGLISH);

  /**
   * One 5,000-letter word in a note and as a segment's need, another as the segment's name, which
   * heads the segment's page and its continuation: the export takes a few pages (ten: a page or
   * two for each time a word is shown whole), every letter of the note is in its text, and nothing
   * but the footer is drawn in the footer. A heading taller than the page once gave every line of
   * the segment's page a page of its own, drawn over the footer.
   */
  @Test
  void aFiveThousandLetterWordTakesAFewPagesAndKeepsEveryLetter() throws IOException {
    String note = "ж".repeat(5_000);
    String name = "щ".repeat(5_000);
    Canvas canvas = Canvas.empty()
        .withSegments(List.of(CustomerSegment.named("s1", name).withNeed(note)))
        .withNotes(Block.KEY_PARTNERS, List.of(Note.of("n1", note)));
    try (PDDocument doc = Loader.loadPDF(pdf(canvas))) {
      assertThat(doc.getNumberOfPages()).isLessThanOrEqualTo(12);
      String text = PdfExporterTest.text(doc);
      // The note on the canvas page, and again as the segment's need on its page.
      assertThat(text.chars().filter(c -> c == 'ж').count()).isEqualTo(2 * 5_000);
      assertThat(text.chars().filter(c -> c == 'щ').count()).isGreaterThanOrEqualTo(5_000);
      for (Glyph g : glyphs(doc)) {
        if (g.baseline() > g.footer().y()) {
          assertThat(g.inFooter()).as("a glyph of page %d below the footer's rule", g.page())
              .isTrue();
        }
      }
    }
  }

  /**
   * A 10,000-character title is shortened in the footer to what fits beside the page number,
   * ending in "…", and the export allocates about what it does for a short title: shortening it
   * one character at a time, measuring it whole each time, allocated gigabytes.
   */
  @Test
  void aTenThousandCharacterTitleIsShortenedInTheFooterAtTheCostOfAShortOne() throws IOException {
    String title = "Bureau Nomade, postes de travail à l’heure ".repeat(250).substring(0, 10_000);
    Canvas longTitle = titled(title);
    Canvas shortTitle = titled("Bureau Nomade");
    pdf(longTitle);
    pdf(shortTitle);
    long shortCost = Long.MAX_VALUE;
    long longCost = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      shortCost = Math.min(shortCost, allocatedBy(shortTitle));
      longCost = Math.min(longCost, allocatedBy(longTitle));
    }
    assertThat((double) longCost / shortCost).isLessThanOrEqualTo(1.5);
    try (PDDocument doc = Loader.loadPDF(pdf(longTitle))) {
      List<Glyph> glyphs = glyphs(doc);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        int p = page;
        List<Glyph> footer = glyphs.stream().filter(g -> g.page() == p && g.inFooter()).toList();
        List<Glyph> shown = footer.stream().filter(Glyph::bold).toList();
        String text = shown.stream().map(Glyph::text).reduce("", String::concat);
        assertThat(text).startsWith("Bureau Nomade, postes").endsWith("…");
        float end = shown.get(shown.size() - 1).right();
        float number = footer.stream().filter(g -> !g.bold()).map(Glyph::x)
            .filter(x -> x > end).min(Float::compare).orElseThrow();
        assertThat(end).as("page %d", p).isLessThanOrEqualTo(number - 12 + 0.5f);
      }
    }
  }

  private static Canvas titled(String title) {
    return Canvas.empty().withHeader(new Header(title, null, null, null, null, Extras.NONE));
  }

  private static long allocatedBy(Canvas canvas) throws IOException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    pdf(canvas);
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static byte[] pdf(Canvas canvas) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, FindingLines.NONE, OPTIONS, out, null);
    return out.toByteArray();
  }

  /** One glyph drawn: its page (from 1), text, weight, left and right edges, baseline. */
  private record Glyph(int page, String text, boolean bold, float x, float right, float baseline,
      float pageWidth, float pageHeight) {

    Box footer() {
      return PageFrame.of(pageWidth, pageHeight, 0).footer();
    }

    /** Whether it stands on the footer's baseline. */
    boolean inFooter() {
      return Math.abs(baseline - (footer().bottom() - 2)) < 0.5f;
    }
  }

  private static List<Glyph> glyphs(PDDocument doc) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        String font = t.getFont().getName();
        glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(),
            font != null && font.contains("Bold"), t.getXDirAdj(),
            t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj(), t.getPageWidth(),
            t.getPageHeight()));
      }
    };
    stripper.getText(doc);
    return glyphs;
  }
}
