package app.toile.export;

import app.toile.Version;
import app.toile.export.layout.CanvasLayout;
import app.toile.export.layout.CanvasPlan;
import app.toile.export.layout.OverflowLayout;
import app.toile.export.layout.OverflowPage;
import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Exports a canvas to a vector PDF: the canvas page (plus overflow pages when blocks hold more
 * than fits), one page per customer segment, and the expansion roadmap, with a footer on every
 * page. Text is real text in an embedded font, so it can be selected and searched.
 *
 * <p>Progress goes from 0 to 1 through the callback. The export stops with a {@link
 * CancellationException} between two pages when the calling thread is interrupted.
 */
public final class PdfExporter {
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
    try (PDDocument doc = build(canvas, findings, options, report)) {
      doc.save(out);
    }
    report.accept(1.0);
  }

  /** Builds the document in memory; the caller closes it. */
  private static PDDocument build(Canvas canvas, FindingLines findings, ExportOptions options,
      DoubleConsumer progress) throws IOException {
    FindingLines found = findings == null || !options.includes(ExportPart.FINDINGS)
        ? FindingLines.NONE : findings;
    DoubleConsumer report = progress == null ? p -> { } : progress;
    // Before PDFBox is first touched: its classes read resources as they load, and a load cut by
    // an interrupt would leave them unusable until Toile restarts.
    checkCancelled();
    Texts labels = Texts.labels(options.locale());
    Texts texts = Texts.of("export", options.locale());
    PDDocument doc = new PDDocument();
    try {
      PdfFonts fonts = PdfFonts.load(doc);
      CanvasContent content = new CanvasContent(canvas, labels, texts);
      describe(doc, canvas, content, labels);
      report.accept(0.05);
      Paper paper = options.paper();
      CanvasPlan plan = CanvasLayout.layout(paper.width(), paper.height(), content.title(),
          content.facts(), content.blocks(), fonts);
      OverflowLayout.Result overflow =
          OverflowLayout.layout(plan, paper.width(), paper.height(), fonts);
      drawCanvas(doc, fonts, plan, overflow, paper, labels, texts);
      List<CustomerSegment> segments = options.includes(ExportPart.SEGMENT_PAGES)
          ? canvas.segments() : List.of();
      int steps = segments.size() + 2;
      report.accept(0.1 + 0.8 / steps);
      if (!segments.isEmpty()) {
        try (PageFlow flow = new PageFlow(doc, paper, fonts, 2)) {
          SegmentPage page = new SegmentPage(canvas, labels, texts, flow);
          for (int i = 0; i < segments.size(); i++) {
            checkCancelled();
            page.write(segments.get(i), i, found.of(segments.get(i).id()));
            report.accept(0.1 + 0.8 * (i + 2) / steps);
          }
        }
      }
      checkCancelled();
      if (options.includes(ExportPart.ROADMAP)) {
        try (PageFlow flow = new PageFlow(doc, paper, fonts, 1)) {
          new RoadmapPage(canvas, labels, texts, flow, found.aboutCanvas()).write();
        }
      }
      if (options.changesSince() != null) {
        try (PageFlow flow = new PageFlow(doc, paper, fonts, 1)) {
          new ChangesPage(options.changesSince(), canvas, labels, texts, flow).write();
        }
      }
      Footer.stamp(doc, fonts, content.title(), labels.get("attribution"),
          (n, m) -> texts.get("pageOf", n, m));
      report.accept(0.95);
      return doc;
    } catch (IOException | RuntimeException e) {
      doc.close();
      throw e;
    }
  }

  private static void drawCanvas(PDDocument doc, PdfFonts fonts, CanvasPlan plan,
      OverflowLayout.Result overflow, Paper paper, Texts labels, Texts texts) throws IOException {
    PDPage first = newPage(doc, paper);
    try (Pen pen = new Pen(doc, first, fonts, false)) {
      new CanvasPagePainter(pen).canvas(plan,
          block -> texts.get("continuedOn", overflow.firstPage().get(block) + 2) + " →");
    }
    for (OverflowPage page : overflow.pages()) {
      checkCancelled();
      try (Pen pen = new Pen(doc, newPage(doc, paper), fonts, false)) {
        new CanvasPagePainter(pen).overflow(page,
            block -> texts.get("continued", labels.get("block." + block.key() + ".name")));
      }
    }
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
