package app.toile.export;

import app.toile.Version;
import app.toile.export.layout.CanvasLayout;
import app.toile.export.layout.CanvasPlan;
import app.toile.export.layout.OverflowLayout;
import app.toile.export.layout.OverflowPage;
import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Exports a canvas to a PowerPoint deck (.pptx, 16:9): a title slide, the canvas in its canonical
 * layout with every note an editable shape (plus overflow slides when blocks hold more than
 * fits), one slide per active customer segment, and the expansion roadmap. The canvas slide is
 * laid out by the same code as the PDF's canvas page, measured with Liberation Sans, whose
 * metrics are Arial's: the file names Arial, which every office suite has or replaces with it.
 *
 * <p>Progress goes from 0 to 1 through the callback. The export stops with a {@link
 * CancellationException} between two slides when the calling thread is interrupted.
 */
public final class PptxExporter {
  /**
   * How much larger than on A4 the canvas slide's text starts (11.5 pt notes rather than 9):
   * a projected slide is read from further away. The floor stays 6.5 pt.
   */
  static final float CANVAS_SCALE = 1.25f;

  private PptxExporter() {}

  /**
   * Writes the deck of a canvas to {@code out} (left open).
   *
   * @param findings what to print on each segment's slide; null for none
   * @param progress told how far the export is, from 0 to 1; may be null
   */
  public static void export(Canvas canvas, FindingLines findings, ExportOptions options,
      OutputStream out, DoubleConsumer progress) throws IOException {
    DoubleConsumer report = progress == null ? p -> { } : progress;
    FindingLines found = findings == null || !options.includes(ExportPart.FINDINGS)
        ? FindingLines.NONE : findings;
    Texts labels = Texts.labels(options.locale());
    Texts texts = Texts.of("export", options.locale());
    // The fonts are loaded into a document that is never saved, for their metrics only.
    try (PDDocument metrics = new PDDocument(); XMLSlideShow show = new XMLSlideShow()) {
      SlideDeck deck = new SlideDeck(show, PdfFonts.load(metrics));
      CanvasContent content = new CanvasContent(canvas, labels, texts);
      describe(show, canvas, content);
      TitleSlide.write(deck, content.title(), content.facts(), texts.get("kicker"),
          labels.get("attribution"));
      report.accept(0.05);
      canvasSlides(deck, content, labels, texts);
      List<CustomerSegment> active = options.includes(ExportPart.SEGMENT_PAGES)
          ? active(canvas) : List.of();
      int steps = active.size() + 2;
      report.accept(0.1 + 0.8 / steps);
      SegmentSlide segmentSlide = new SegmentSlide(deck, labels, texts, content);
      for (int i = 0; i < active.size(); i++) {
        checkCancelled();
        CustomerSegment s = active.get(i);
        segmentSlide.write(s, i + 1, active.size(), found.of(s.id()));
        report.accept(0.1 + 0.8 * (i + 2) / steps);
      }
      checkCancelled();
      if (options.includes(ExportPart.ROADMAP)) {
        new RoadmapSlide(deck, canvas, labels, texts, content).write(found.aboutCanvas());
      }
      deck.footers(content.title(), labels.get("attribution"),
          (n, total) -> texts.get("slideOf", n, total));
      report.accept(0.95);
      show.write(out);
    }
    report.accept(1.0);
  }

  /** The segments that get a slide: every one but the dropped, in the canvas's order. */
  static List<CustomerSegment> active(Canvas canvas) {
    return canvas.segments().stream().filter(s -> SegmentStatus.isActive(s.status())).toList();
  }

  private static void canvasSlides(SlideDeck deck, CanvasContent content, Texts labels,
      Texts texts) {
    CanvasPlan plan = CanvasLayout.layout(SlideDeck.WIDTH, SlideDeck.HEIGHT, CANVAS_SCALE,
        content.title(), content.facts(), content.blocks(), deck.measure());
    OverflowLayout.Result overflow =
        OverflowLayout.layout(plan, SlideDeck.WIDTH, SlideDeck.HEIGHT, deck.measure());
    int canvasSlide = deck.count() + 1;
    new CanvasSlidePainter(deck.newSlide()).canvas(plan, block -> texts.get("continuedOnSlide",
        canvasSlide + 1 + overflow.firstPage().get(block)) + " →");
    for (OverflowPage page : overflow.pages()) {
      checkCancelled();
      new CanvasSlidePainter(deck.newSlide()).overflow(page,
          block -> texts.get("continued", labels.get("block." + block.key() + ".name")));
    }
  }

  private static void describe(XMLSlideShow show, Canvas canvas, CanvasContent content) {
    POIXMLProperties.CoreProperties core = show.getProperties().getCoreProperties();
    core.setTitle(plain(content.title()));
    String by = plain(canvas.header().designedBy());
    if (!by.isEmpty()) {
      core.setCreator(by);
    }
    String forWhom = plain(canvas.header().designedFor());
    core.setSubjectProperty(forWhom.isEmpty()
        ? "Business Model Canvas" : "Business Model Canvas — " + forWhom);
    show.getProperties().getExtendedProperties().getUnderlyingProperties()
        .setApplication("Toile " + Version.get());
  }

  /**
   * The text on one line, without control characters: XML cannot hold most of them, and a
   * document property is a single line.
   */
  static String plain(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }

  private static void checkCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("export cancelled");
    }
  }
}
