package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the expansion roadmap: the conquered segments, then the focus, then the next ones, each
 * group in the segments' order (which is the expansion order), with customers won and their total.
 */
final class RoadmapPage {
  private static final float ROW = 26f;

  private final Canvas canvas;
  private final Texts labels;
  private final Texts texts;
  private final CanvasContent content;
  private final PageFlow flow;

  RoadmapPage(Canvas canvas, Texts labels, Texts texts, PageFlow flow) {
    this.canvas = canvas;
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
    for (int i = 0; i < steps.size(); i++) {
      step(i + 1, steps.get(i), i + 1 < steps.size());
    }
    flow.take(10);
    flow.paragraph(texts.get("roadmap.total", totalWon(canvas)), true, PageFlow.SECTION_SIZE,
        Colours.INK);
    flow.take(10);
    List<CustomerSegment> others = new ArrayList<>(canvas.segments());
    others.removeAll(steps);
    if (!others.isEmpty()) {
      flow.section(texts.get("roadmap.others"));
      for (CustomerSegment s : others) {
        flow.field(content.segmentName(s), content.statusLine(s), labels.get("unset"));
      }
    }
  }

  /** One step: a numbered colour chip joined to the next one, the name, status and customers. */
  private void step(int number, CustomerSegment s, boolean more) throws IOException {
    Box row = flow.take(ROW);
    Pen pen = flow.pen();
    float chip = 16f;
    Box square = new Box(row.x(), row.y() + (ROW - chip) / 2, chip, chip);
    if (more) {
      float cx = square.x() + chip / 2;
      pen.line(cx, square.bottom(), cx, row.bottom() + (ROW - chip) / 2 + 4, Colours.RULE, 1.2f);
    }
    pen.tile(square, Colours.parse(Colours.chip(s.colour()), Colours.FAINT));
    float baseline = pen.baseline(row.y() + (ROW - flow.fonts().leading(11f)) / 2, 11f);
    String n = number + ".";
    pen.text(n, row.x() + chip + 8, baseline, true, 11f, Colours.MUTED);
    float x = row.x() + chip + 8 + flow.fonts().width(n, true, 11f) + 6;
    pen.text(flow.fonts().printable(content.segmentName(s)), x, baseline, true, 11f, Colours.INK);
    pen.textRight(flow.fonts().printable(content.statusLine(s)), row.right(), baseline, false,
        PageFlow.TEXT_SIZE, Colours.MUTED);
  }
}
