package app.toile.export;

import app.toile.Version;
import app.toile.export.layout.CanvasLayout;
import app.toile.export.layout.CanvasPlan;
import app.toile.export.layout.Legend;
import app.toile.export.layout.OverflowLayout;
import app.toile.export.layout.OverflowPage;
import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Exports a canvas to a vector PDF: the canvas page (plus overflow pages when blocks hold more
 * than fits), one page per customer segment, and the expansion roadmap, with a footer on every
 * page. Text is real text in an embedded font, so it can be selected and searched.
 *
 * <p>A working document (the default) has every segment's page with its findings and names what
 * is still unset. A presentation leaves the dropped segments out everywhere, adds a page on the
 * strategy and the market, shows each pursued segment as a profile of what is filled in, and
 * prints no finding.
 *
 * <p>Progress goes from 0 to 1 through the callback. The export stops with a {@link
 * CancellationException} between two pages when the calling thread is interrupted.
 */
public final class PdfExporter {
  /**
   * How much larger the strategy and market page's text is: a few paragraphs a founder will
   * talk over, not a form.
   */
  static final float STRATEGY_SCALE = 1.35f;
  private PdfExporter() {}

  /**
   * Writes the PDF of a canvas to {@code out} (left open).
   *
   * @param findings what to print on each segment's page; null for none
   * @param progress told how far the export is, from 0 to 1; may be null
   */
  public static void export(Canvas canvas, FindingLines findings, ExportOptions options,
      OutputStream out, DoubleConsumer progress) throws IOException {
    DoubleConsumer report = progress == null ? p -> { } : progress;
    try (PDDocument doc = build(canvas, findings, options, report, true)) {
      doc.save(out);
    }
    report.accept(1.0);
  }

  /**
   * Writes the canvas page (and its overflow pages) with no page footer, only the attribution:
   * the page an image is made of.
   */
  static void canvasPage(Canvas canvas, ExportOptions options, OutputStream out,
      DoubleConsumer progress) throws IOException {
    ExportOptions pageOnly = new ExportOptions(options.paper(), options.locale(),
        EnumSet.noneOf(ExportPart.class), options.mode());
    try (PDDocument doc = build(canvas, FindingLines.NONE, pageOnly, progress, false)) {
      doc.save(out);
    }
  }

  /**
   * Builds the document in memory; the caller closes it.
   *
   * @param pageFooter whether every page has its footer (title, page number, attribution), or
   *     the attribution alone
   */
  private static PDDocument build(Canvas canvas, FindingLines findings, ExportOptions options,
      DoubleConsumer progress, boolean pageFooter) throws IOException {
    boolean presents = options.presents(ExportFormat.PDF);
    FindingLines found = findings == null || presents || !options.includes(ExportPart.FINDINGS)
        ? FindingLines.NONE : findings;
    Canvas shown = presents ? Presented.canvas(canvas) : canvas;
    DoubleConsumer report = progress == null ? p -> { } : progress;
    // Before PDFBox is first touched: its classes read resources as they load, and a load cut by
    // an interrupt would leave them unusable until Toile restarts.
    checkCancelled();
    Texts labels = Texts.labels(options.locale());
    Texts texts = Texts.of("export", options.locale());
    PDDocument doc = new PDDocument();
    try {
      PdfFonts fonts = PdfFonts.load(doc);
      CanvasContent content = new CanvasContent(shown, labels, texts);
      describe(doc, shown, content, labels);
      report.accept(0.05);
      Paper paper = options.paper();
      float width = paper.width() / paper.scale();
      float height = paper.height() / paper.scale();
      List<Legend.Entry> legend = content.legend();
      CanvasPlan plan = CanvasLayout.poster(width, height, content.header(), content.blocks(),
          content.legendLabel(), legend, fonts);
      OverflowLayout.Result overflow = OverflowLayout.layout(plan, width, height,
          content.legendLabel(), legend, fonts);
      // An image is the canvas page alone: its marks cannot send the reader to another page.
      Function<Block, String> mark = pageFooter ? block -> continuedOn(overflow, block, texts)
          : block -> texts.get("moreInPdf", plan.blocks().get(block).overflow().size());
      drawCanvas(doc, fonts, plan, overflow, paper, labels, texts, mark);
      TaggedSegments tagged = new TaggedSegments(shown);
      List<CustomerSegment> segments = options.includes(ExportPart.SEGMENT_PAGES)
          ? tagged.ordered() : List.of();
      int steps = segments.size() + 2;
      report.accept(0.1 + 0.8 / steps);
      UnaryOperator<String> continued = t -> texts.get("continued", t);
      if (presents) {
        Sheet strategy = StrategySheet.of(shown, labels, texts, content);
        if (!strategy.isEmpty()) {
          new FittedSheets(doc, paper, fonts, continued, STRATEGY_SCALE).write(strategy);
        }
      }
      try (PageFlow flow = new PageFlow(doc, paper, fonts, 2, continued)) {
        SegmentWriter page = presents
            ? presentation(shown, labels, texts, content, doc, paper, fonts, tagged)
            : new SegmentPage(shown, labels, texts, flow, tagged)::write;
        for (int i = 0; i < segments.size(); i++) {
          checkCancelled();
          page.write(segments.get(i), i, found.of(segments.get(i).id()));
          report.accept(0.1 + 0.8 * (i + 2) / steps);
        }
      }
      checkCancelled();
      if (options.includes(ExportPart.ROADMAP)) {
        try (PageFlow flow = new PageFlow(doc, paper, fonts, 1, continued)) {
          new RoadmapPage(shown, labels, texts, flow, found.aboutCanvas()).write();
        }
      }
      if (options.changesSince() != null) {
        try (PageFlow flow = new PageFlow(doc, paper, fonts, 1, continued)) {
          new ChangesPage(options.changesSince(), canvas, labels, texts, flow).write();
        }
      }
      if (pageFooter) {
        // Every page is drawn at the paper's scale: the canvas page as the poster, the others as
        // their A4 pages grown alike.
        Footer.stamp(doc, fonts, content.title(), labels.get("attribution"),
            (n, m) -> texts.get("pageOf", n, m), i -> paper.scale());
      } else {
        Footer.attribution(doc, doc.getPage(0), fonts, labels.get("attribution"), paper.scale());
      }
      report.accept(0.95);
      return doc;
    } catch (IOException | RuntimeException e) {
      doc.close();
      throw e;
    }
  }

  /** Writes the page of the segment at an index, with its findings. */
  private interface SegmentWriter {
    void write(CustomerSegment s, int index, List<String> findings) throws IOException;
  }

  /** Each pursued segment's profile: the canvas shown has no dropped segment left to number. */
  private static SegmentWriter presentation(Canvas shown, Texts labels, Texts texts,
      CanvasContent content, PDDocument doc, Paper paper, PdfFonts fonts,
      TaggedSegments tagged) {
    ProfileSheet sheets = new ProfileSheet(shown, labels, texts, content, tagged);
    FittedSheets pages = new FittedSheets(doc, paper, fonts, t -> texts.get("continued", t), 1f);
    return (s, index, findings) -> pages.write(sheets.of(s, index + 1, shown.segments().size()));
  }

  private static void drawCanvas(PDDocument doc, PdfFonts fonts, CanvasPlan plan,
      OverflowLayout.Result overflow, Paper paper, Texts labels, Texts texts,
      Function<Block, String> mark) throws IOException {
    PDPage first = newPage(doc, paper);
    try (Pen pen = new Pen(doc, first, fonts, false, paper.scale())) {
      new CanvasPagePainter(pen).canvas(plan, mark);
    }
    for (OverflowPage page : overflow.pages()) {
      checkCancelled();
      try (Pen pen = new Pen(doc, newPage(doc, paper), fonts, false, paper.scale())) {
        new CanvasPagePainter(pen).overflow(page,
            block -> texts.get("continued", labels.get("block." + block.key() + ".name")));
      }
    }
  }

  /**
   * Where a block continues: "continued on p. 2" when on one page, "continued on pp. 2–4" when it
   * runs over several (the canvas page is page 1).
   */
  static String continuedOn(OverflowLayout.Result overflow, Block block, Texts texts) {
    int first = overflow.firstPage().get(block) + 2;
    int last = overflow.lastPage().get(block) + 2;
    return (first == last ? texts.get("continuedOn", first)
        : texts.get("continuedOnRange", first, last)) + " →";
  }

  private static PDPage newPage(PDDocument doc, Paper paper) {
    PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
    doc.addPage(page);
    return page;
  }

  private static void describe(PDDocument doc, Canvas canvas, CanvasContent content,
      Texts labels) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(content.title());
    String by = canvas.header().designedBy();
    if (by != null && !by.isBlank()) {
      info.setAuthor(by.strip());
    }
    String forWhom = canvas.header().designedFor();
    info.setSubject(forWhom == null || forWhom.isBlank()
        ? "Business Model Canvas" : "Business Model Canvas — " + forWhom.strip());
    info.setCreator("Toile");
    info.setProducer("Toile " + Version.get() + " (Apache PDFBox)");
    info.setCreationDate(Calendar.getInstance());
    doc.getDocumentCatalog().setLanguage(labels.locale().getLanguage());
  }

  private static void checkCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("export cancelled");
    }
  }
}
