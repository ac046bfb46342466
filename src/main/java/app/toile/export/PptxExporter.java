package app.toile.export;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Exports a canvas to a PowerPoint deck (.pptx, 16:9): a title slide, the canvas in its canonical
 * layout with every note an editable shape (plus overflow slides when blocks hold more than
 * fits), the strategy and the market, one slide per customer segment as a profile, and the
 * expansion roadmap. A deck presents by default: no dropped segment, no finding, only what is
 * filled in, the same texts and numbering as the presentation PDF. A working deck has every
 * segment and its findings, numbered as the working PDF numbers them. The canvas slide is
 * laid out by the same code as the PDF's canvas page, measured with Liberation Sans, whose
 * metrics are Arial's: the file names Arial, which every office suite has or replaces with it.
 *
 * <p>Progress goes from 0 to 1 through the callback. The export stops with a {@link
 * CancellationException} between two slides when the calling thread is interrupted.
 */
public final class PptxExporter {
  /**
   * How much larger than on A4 the canvas slide's text starts (11.5 pt notes rather than 9):
   * a projected slide is read from further away.
   */
  static final float CANVAS_SCALE = 1.25f;
  /**
   * The smallest size of the canvas slide's notes, all of which share one size: below 10 pt a
   * projected note is not read. What does not fit at it continues on a slide of its own.
   */
  static final float CANVAS_FLOOR = 10f;

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
    boolean presents = options.presents(ExportFormat.PPTX);
    boolean findingsShown = !presents && findings != null && options.includes(ExportPart.FINDINGS);
    FindingLines found = findingsShown ? findings : FindingLines.NONE;
    Canvas shown = presents ? Presented.canvas(canvas) : canvas;
    Texts labels = Texts.labels(options.locale());
    Texts texts = Texts.of("export", options.locale());
    // The fonts are loaded into a document that is never saved, for their metrics only.
    try (PDDocument metrics = new PDDocument(); XMLSlideShow show = new XMLSlideShow()) {
      SlideDeck deck = new SlideDeck(show, PdfFonts.load(metrics), languageTag(options));
      CanvasContent content = new CanvasContent(shown, labels, texts);
      TitleSlide.write(deck, content.title(), content.facts(), texts.get("kicker"),
          labels.get("attribution"));
      report.accept(0.05);
      canvasSlides(deck, content, labels, texts);
      SheetSlide sheets = new SheetSlide(deck, texts);
      if (presents) {
        Sheet strategy = StrategySheet.of(shown, labels, texts, content);
        if (!strategy.isEmpty()) {
          sheets.write(strategy);
        }
      }
      // The same segments, in the same order and numbering, as the PDF of the same mode.
      TaggedSegments tagged = new TaggedSegments(shown);
      List<CustomerSegment> segments = options.includes(ExportPart.SEGMENT_PAGES)
          ? tagged.ordered() : List.of();
      int steps = segments.size() + 2;
      report.accept(0.1 + 0.8 / steps);
      ProfileSheet profiles = new ProfileSheet(shown, labels, texts, content, tagged);
      for (int i = 0; i < segments.size(); i++) {
        checkCancelled();
        CustomerSegment s = segments.get(i);
        Sheet sheet = profiles.of(s, i + 1, segments.size());
        sheets.write(findingsShown ? withFindings(sheet, found.of(s.id()), texts) : sheet);
        report.accept(0.1 + 0.8 * (i + 2) / steps);
      }
      checkCancelled();
      if (options.includes(ExportPart.ROADMAP)) {
        new RoadmapSlide(deck, shown, labels, texts, content).write(found.aboutCanvas());
      }
      deck.footers(content.title(), labels.get("attribution"),
          (n, total) -> texts.get("slideOf", n, total));
      DeckProperties.describe(show, shown, content, Instant.now());
      report.accept(0.95);
      show.write(out);
    }
    report.accept(1.0);
  }

  /** The language of the deck's text as a tag: {@code fr-FR} or {@code en-US}. */
  static String languageTag(ExportOptions options) {
    return options.locale().getLanguage().equals("fr") ? "fr-FR" : "en-US";
  }

  /** A working deck's segment slide: the profile, then what validation found. */
  private static Sheet withFindings(Sheet sheet, List<String> findings, Texts texts) {
    List<Sheet.Part> parts = new ArrayList<>(sheet.parts());
    parts.add(new Sheet.Part(texts.get("findings"), findings.isEmpty()
        ? List.of(Sheet.Line.text(texts.get("noFindings")))
        : findings.stream().map(Sheet.Line::bullet).toList()));
    return new Sheet(sheet.title(), sheet.chip(), sheet.subtitle(), sheet.figures(), parts);
  }

  /** The segments that get a slide: every one but the dropped, in the canvas's order. */
  static List<CustomerSegment> active(Canvas canvas) {
    return canvas.segments().stream().filter(s -> SegmentStatus.isActive(s.status())).toList();
  }

  private static void canvasSlides(SlideDeck deck, CanvasContent content, Texts labels,
      Texts texts) {
    CanvasPlan plan = CanvasLayout.layout(SlideDeck.WIDTH, SlideDeck.HEIGHT, CANVAS_SCALE,
        CANVAS_FLOOR, content.title(), content.facts(), content.blocks(), deck.measure());
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

  private static void checkCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("export cancelled");
    }
  }
}
