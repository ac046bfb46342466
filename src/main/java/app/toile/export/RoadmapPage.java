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
import java.util.OptionalDouble;
import java.text.NumberFormat;
import app.toile.validation.Attractiveness;

/**
 * Writes the expansion roadmap: the conquered segments, then the focus, then the next ones, each
 * group in the segments' order (which is the expansion order), with customers won and their total.
 */
final class RoadmapPage {
  /** Steps in a row of the roadmap. */
  static final int PER_ROW = 4;
  private static final float ROW_GAP = 14f;
  private static final float ARROW = 28f;
  private static final float NAME_SIZE = 13f;
  private static final float WON_SIZE = 13f;
  private static final float TOTAL_SIZE = 13f;
  private static final float BAND = 8f;
  private static final float PAD = 8f;
  /** Most lines of a segment's name in a step. */
  static final int NAME_LINES = 4;
  /** Most lines of a segment's need in a step: the segment's page has it whole. */
  private static final int NEED_LINES = 6;
  /** The most of the page's height one row of steps may fill. */
  private static final float MOST_OF_PAGE = 0.45f;

  private final Canvas canvas;
  private final Texts labels;
  private final Texts texts;
  private final CanvasContent content;
  private final TaggedSegments tagged;
  private final PageFlow flow;
  private final List<String> canvasFindings;
  private final SegmentFacts facts;

  RoadmapPage(Canvas canvas, Texts labels, Texts texts, PageFlow flow,
      List<String> canvasFindings) {
    this.canvas = canvas;
    this.canvasFindings = canvasFindings;
    this.labels = labels;
    this.texts = texts;
    this.content = new CanvasContent(canvas, labels, texts);
    this.flow = flow;
    this.tagged = new TaggedSegments(canvas);
    this.facts = new SegmentFacts(labels, texts);
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
    List<CustomerSegment> others = new ArrayList<>(canvas.segments());
    // A set: removing a list's items from a list compares every pair.
    others.removeAll(new HashSet<>(steps));
    if (steps.isEmpty()) {
      flow.paragraph(texts.get("roadmap.empty"), false, PageFlow.TEXT_SIZE, Colours.INK);
    }
    int perRow = Math.max(1, Math.min(PER_ROW, steps.size()));
    int rows = (steps.size() + perRow - 1) / perRow;
    // The rows share the page with what follows them, so that a short roadmap fills its page
    // rather than sitting in its top quarter.
    float after = 3 * flow.fonts().leading(PageFlow.SECTION_SIZE) + 20
        + (others.isEmpty() ? 0 : (others.size() + 2) * flow.fonts().leading(PageFlow.TEXT_SIZE))
        + (canvasFindings.isEmpty() ? 0
            : (canvasFindings.size() * 2 + 2) * flow.fonts().leading(PageFlow.TEXT_SIZE));
    float share = rows == 0 ? 0 : (flow.remaining() - after) / rows - ROW_GAP;
    for (int first = 0; first < steps.size(); first += perRow) {
      row(steps, first, perRow, Math.min(share, flow.remaining() * MOST_OF_PAGE));
    }
    flow.take(10);
    flow.paragraph(texts.get("roadmap.total", totalWon(canvas)), true, TOTAL_SIZE, Colours.INK);
    flow.take(10);
    if (!others.isEmpty()) {
      flow.section(texts.get("roadmap.others"));
      for (CustomerSegment s : others) {
        String status = content.statusLine(s);
        flow.bullet(status.isBlank() ? content.segmentName(s)
            : texts.get("fact", content.segmentName(s), status), Colours.INK);
      }
    }
    if (!canvasFindings.isEmpty()) {
      flow.section(texts.get("findings"));
      for (String f : canvasFindings) {
        flow.bullet(f, Colours.INK);
      }
    }
    flow.endSection();
  }

  /**
   * One row of up to {@code perRow} steps, left to right, each a card with a band in the
   * segment's colour, joined by arrows within the row: the numbers carry the order from one row
   * to the next, and an arrow at the end of a row would point at nothing.
   *
   * @param room how tall the row may grow to fill its share of the page
   */
  private void row(List<CustomerSegment> steps, int first, int perRow, float room)
      throws IOException {
    PdfFonts fonts = flow.fonts();
    float width = (flow.width() - (perRow - 1) * ARROW) / perRow;
    int end = Math.min(steps.size(), first + perRow);
    float height = 0;
    for (int i = first; i < end; i++) {
      height = Math.max(height, stepHeight(steps.get(i), width - 2 * PAD));
    }
    height = Math.max(height, room);
    Box row = flow.take(height + ROW_GAP).top(height);
    Pen pen = flow.pen();
    for (int i = first; i < end; i++) {
      Box card = new Box(row.x() + (i - first) * (width + ARROW), row.y(), width, height);
      step(card, i + 1, steps.get(i));
      if (i + 1 < end) {
        float y = card.y() + Math.min(height / 2, 40);
        float x = card.right() + 4;
        float tip = card.right() + ARROW - 4;
        pen.line(x, y, tip, y, Colours.MUTED, 1.2f);
        pen.line(tip - 5, y - 4, tip, y, Colours.MUTED, 1.2f);
        pen.line(tip - 5, y + 4, tip, y, Colours.MUTED, 1.2f);
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

  /** A step's need, on at most {@value #NEED_LINES} lines; none when unset. */
  private List<String> need(CustomerSegment s, float width) {
    return s.need() == null || s.need().isBlank() ? List.of()
        : TextFit.atMost(s.need().strip(), NEED_LINES, width, false, PageFlow.TEXT_SIZE,
            flow.fonts());
  }

  /** A step's figures, those known: attractiveness, estimated customers, market share. */
  private List<String> facts(CustomerSegment s) {
    List<String> facts = new ArrayList<>();
    OptionalDouble attractiveness = Attractiveness.of(s.evaluation());
    if (attractiveness.isPresent()) {
      facts.add(texts.get("fact", labels.get("segment.attractiveness"),
          texts.get("scoreOf", this.facts.decimal(attractiveness.getAsDouble()))));
    }
    Long estimate = s.evaluation().estimatedCustomers();
    if (estimate != null && estimate >= 0) {
      facts.add(texts.get("fact", labels.get("evaluation.estimatedCustomers"),
          NumberFormat.getIntegerInstance(labels.locale()).format(estimate)));
    }
    Double share = s.evaluation().marketSharePercent();
    if (share != null && share >= 0 && share <= 100) {
      facts.add(texts.get("fact", labels.get("evaluation.marketSharePercent"),
          this.facts.decimal(share)));
    }
    return facts;
  }

  /** The height a step needs: band, head, name, need, customers won. */
  private float stepHeight(CustomerSegment s, float width) {
    PdfFonts fonts = flow.fonts();
    float h = BAND + 2 * PAD + fonts.leading(PageFlow.TEXT_SIZE) + 2
        + name(s, width).size() * fonts.leading(NAME_SIZE) + 4;
    List<String> need = need(s, width);
    if (!need.isEmpty()) {
      h += need.size() * fonts.leading(PageFlow.TEXT_SIZE) + 6;
    }
    h += facts(s).size() * fonts.leading(PageFlow.TEXT_SIZE) + 6;
    if (s.customerCount() != null) {
      h += fonts.leading(WON_SIZE) + 4;
    }
    return h;
  }

  /** One step: number and status, the segment's name, its need, its customers won. */
  private void step(Box card, int number, CustomerSegment s) throws IOException {
    Pen pen = flow.pen();
    PdfFonts fonts = flow.fonts();
    pen.tile(card, Colours.CARD);
    pen.fill(card.top(BAND), Colours.parse(tagged.colour(s), Colours.FAINT));
    Box inner = card.below(BAND).inset(PAD);
    float y = inner.y();
    // The tag is the step's number: the roadmap's order is the tags'.
    String tag = tagged.tag(s).isEmpty() ? String.valueOf(number) : tagged.tag(s);
    String head = s.status() == null ? tag : tag + " · " + labels.of("status", s.status());
    pen.text(fonts.printable(head), inner.x(), pen.baseline(y, PageFlow.TEXT_SIZE), true,
        PageFlow.TEXT_SIZE, Colours.MUTED);
    y += fonts.leading(PageFlow.TEXT_SIZE) + 2;
    y = pen.lines(name(s, inner.width()), inner.x(), y, true, NAME_SIZE, Colours.INK) + 4;
    List<String> need = need(s, inner.width());
    if (!need.isEmpty()) {
      pen.line(inner.x(), y + 1, inner.x() + 24, y + 1, Colours.RULE, 0.8f);
      y = pen.lines(need, inner.x(), y + 5, false, PageFlow.TEXT_SIZE, Colours.MUTED) + 6;
    }
    for (String fact : facts(s)) {
      pen.text(TextFit.shorten(fonts.printable(fact), inner.width(), false, PageFlow.TEXT_SIZE,
          fonts), inner.x(), pen.baseline(y, PageFlow.TEXT_SIZE), false, PageFlow.TEXT_SIZE,
          Colours.INK);
      y += fonts.leading(PageFlow.TEXT_SIZE);
    }
    if (s.customerCount() != null) {
      pen.text(fonts.printable(texts.get("customers", s.customerCount())), inner.x(),
          pen.baseline(inner.bottom() - fonts.leading(WON_SIZE), WON_SIZE), true, WON_SIZE,
          Colours.ACCENT);
    }
  }
}
