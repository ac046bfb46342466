package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.TextFit;
import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Writes the expansion roadmap: the conquered segments, then the focus, then the next ones, each
 * group in the segments' order (which is the expansion order), with customers won and their total.
 */
final class RoadmapPage {
  /** Steps in a row of the roadmap. */
  static final int PER_ROW = 4;
  private static final float ROW_GAP = 14f;
  private static final float ARROW = 28f;
  private static final float NAME_SIZE = 11f;
  /** Most lines of a segment's name in a step. */
  static final int NAME_LINES = 4;

  private final Canvas canvas;
  private final Texts labels;
  private final Texts texts;
  private final CanvasContent content;
  private final PageFlow flow;
  private final List<String> canvasFindings;

  RoadmapPage(Canvas canvas, Texts labels, Texts texts, PageFlow flow,
      List<String> canvasFindings) {
    this.canvas = canvas;
    this.canvasFindings = canvasFindings;
    this.labels = labels;
    this.texts = texts;
    this.content = new CanvasContent(canvas, labels, texts);
    this.flow = flow;
  }

  /** The segments on the roadmap, in roadmap order. */
  static List<CustomerSegment> steps(Canvas canvas) {
    List<CustomerSegment> steps = new ArrayList<>();
    for (SegmentStatus status :
        List.of(SegmentStatus.CONQUERED, SegmentStatus.FOCUS, SegmentStatus.NEXT)) {
      for (CustomerSegment s : canvas.segments()) {
        if (s.status() == status) {
          steps.add(s);
        }
      }
    }
    return steps;
  }

  /** Customers won so far: the counts of conquered and focus segments (negative counts ignored). */
  static long totalWon(Canvas canvas) {
    long total = 0;
    for (CustomerSegment s : canvas.segments()) {
      boolean won = s.status() == SegmentStatus.CONQUERED || s.status() == SegmentStatus.FOCUS;
      if (won && s.customerCount() != null && s.customerCount() > 0) {
        total += s.customerCount();
      }
    }
    return total;
  }

  void write() throws IOException {
    String title = labels.get("roadmap");
    flow.start(title, null, content.title(), texts.get("continued", title));
    flow.paragraph(texts.get("roadmap.intro"), false, PageFlow.TEXT_SIZE, Colours.MUTED);
    flow.take(6);
    List<CustomerSegment> steps = steps(canvas);
    if (steps.isEmpty()) {
      flow.paragraph(texts.get("roadmap.empty"), false, PageFlow.TEXT_SIZE, Colours.INK);
    }
    for (int first = 0; first < steps.size(); first += PER_ROW) {
      row(steps, first);
    }
    flow.take(10);
    flow.paragraph(texts.get("roadmap.total", totalWon(canvas)), true, PageFlow.SECTION_SIZE,
        Colours.INK);
    flow.take(10);
    List<CustomerSegment> others = new ArrayList<>(canvas.segments());
    // A set: removing a list's items from a list compares every pair.
    others.removeAll(new HashSet<>(steps));
    if (!others.isEmpty()) {
      flow.section(texts.get("roadmap.others"));
      for (CustomerSegment s : others) {
        flow.field(content.segmentName(s), content.statusLine(s), labels.get("unset"));
      }
    }
    if (!canvasFindings.isEmpty()) {
      flow.section(texts.get("findings"));
      for (String f : canvasFindings) {
        flow.bullet(f, Colours.INK);
      }
    }
  }

  /**
   * One row of up to {@value #PER_ROW} steps, left to right, each a card with a band in the
   * segment's colour, joined by arrows; an arrow at the end of a row leads to the next row.
   */
  private void row(List<CustomerSegment> steps, int first) throws IOException {
    PdfFonts fonts = flow.fonts();
    float width = (flow.width() - (PER_ROW - 1) * ARROW) / PER_ROW;
    int nameLines = 1;
    for (int i = first; i < Math.min(steps.size(), first + PER_ROW); i++) {
      nameLines = Math.max(nameLines, name(steps.get(i), width - 12).size());
    }
    float height = 6 + 12 + 2 * fonts.leading(PageFlow.TEXT_SIZE) + 8
        + nameLines * fonts.leading(NAME_SIZE);
    Box row = flow.take(height + ROW_GAP).top(height);
    Pen pen = flow.pen();
    for (int i = first; i < Math.min(steps.size(), first + PER_ROW); i++) {
      Box card = new Box(row.x() + (i - first) * (width + ARROW), row.y(), width, height);
      step(card, i + 1, steps.get(i));
      if (i + 1 < steps.size()) {
        float y = card.y() + height / 2;
        float x = card.right() + 4;
        float end = i + 1 < first + PER_ROW ? card.right() + ARROW - 4 : row.right() + 2;
        pen.line(x, y, end, y, Colours.MUTED, 1.2f);
        pen.line(end - 5, y - 4, end, y, Colours.MUTED, 1.2f);
        pen.line(end - 5, y + 4, end, y, Colours.MUTED, 1.2f);
      }
    }
  }

  /**
   * A step's name, on at most {@value #NAME_LINES} lines: a row as tall as a page would have no
   * page to go to. The canvas page shows the whole name.
   */
  private List<String> name(CustomerSegment s, float width) {
    return TextFit.atMost(content.segmentName(s), NAME_LINES, width, true, NAME_SIZE,
        flow.fonts());
  }

  /** One step: number and status, the segment's name, its customers won. */
  private void step(Box card, int number, CustomerSegment s) throws IOException {
    Pen pen = flow.pen();
    PdfFonts fonts = flow.fonts();
    pen.tile(card, Colours.CARD);
    pen.fill(card.top(6), Colours.parse(Colours.chip(s.colour()), Colours.FAINT));
    Box inner = card.below(6).inset(6);
    float y = inner.y();
    String head = number + ". " + labels.of("status", s.status());
    pen.text(fonts.printable(head), inner.x(), pen.baseline(y, PageFlow.TEXT_SIZE), true,
        PageFlow.TEXT_SIZE, Colours.MUTED);
    y += fonts.leading(PageFlow.TEXT_SIZE) + 2;
    List<String> name = name(s, inner.width());
    pen.lines(name, inner.x(), y, true, NAME_SIZE, Colours.INK);
    if (s.customerCount() != null) {
      pen.text(fonts.printable(texts.get("customers", s.customerCount())), inner.x(),
          pen.baseline(inner.bottom() - fonts.leading(PageFlow.TEXT_SIZE), PageFlow.TEXT_SIZE),
          false, PageFlow.TEXT_SIZE, Colours.INK);
    }
  }
}
