package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.FlowLayout.Item;
import app.toile.export.layout.TextFit;
import app.toile.export.layout.TextMeasure;
import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;

/**
 * The expansion roadmap slide: the segments in the order they are (or will be) conquered, as
 * cards with a band in their colour joined by arrows, {@value RoadmapPage#PER_ROW} to a row, then
 * the customers won in total, the segments not on the roadmap and the findings about the canvas.
 * Rows that do not fit continue on another slide.
 */
final class RoadmapSlide {
  private static final float INTRO_SIZE = 12f;
  private static final float STEP_SIZE = 11f;
  private static final float NAME_SIZE = 16f;
  private static final float BAND = 8f;
  private static final float PAD = 8f;
  private static final float ARROW = 30f;
  private static final float ROW_GAP = 16f;
  /** Most lines of a segment's need in a step: its own slide has it whole. */
  private static final int NEED_LINES = 5;
  /** The most of the slide's body one row of steps may fill. */
  private static final float MOST_OF_SLIDE = 0.6f;

  private final SlideDeck deck;
  private final Canvas canvas;
  private final Texts labels;
  private final Texts texts;
  private final CanvasContent content;
  private final TaggedSegments tagged;
  private final TextMeasure measure;

  RoadmapSlide(SlideDeck deck, Canvas canvas, Texts labels, Texts texts, CanvasContent content) {
    this.deck = deck;
    this.canvas = canvas;
    this.labels = labels;
    this.texts = texts;
    this.content = content;
    this.measure = deck.measure();
    this.tagged = new TaggedSegments(canvas);
  }

  /** Adds the roadmap slides, with the findings about the canvas as a whole. */
  void write(List<String> canvasFindings) {
    String title = labels.get("roadmap");
    String continued = texts.get("continued", title);
    SlidePen pen = deck.newSlide();
    Box body = deck.headed(pen, title, null, content.title()).body();
    List<String> intro = TextFit.wrap(texts.get("roadmap.intro"), body.width(), false,
        INTRO_SIZE, measure);
    float introHeight = intro.size() * measure.leading(INTRO_SIZE);
    pen.text(body.top(introHeight), intro, false, INTRO_SIZE, Colours.MUTED, TextAlign.LEFT);
    body = body.below(introHeight + 12);
    List<CustomerSegment> steps = RoadmapPage.steps(canvas);
    int perRow = Math.max(1, Math.min(RoadmapPage.PER_ROW, steps.size()));
    float width = (body.width() - (perRow - 1) * ARROW) / perRow;
    int rows = (steps.size() + perRow - 1) / perRow;
    // A short roadmap fills its slide: the rows share what the total line leaves.
    float share = rows == 0 ? 0
        : Math.min((body.height() - 4 * measure.leading(SlideDeck.TEXT_MAX)) / rows - ROW_GAP,
            body.height() * MOST_OF_SLIDE);
    for (int first = 0; first < steps.size(); first += perRow) {
      List<CustomerSegment> row = steps.subList(first, Math.min(steps.size(), first + perRow));
      float height = Math.max(rowHeight(row, width), share);
      if (height > body.height() && first > 0) {
        pen = deck.newSlide();
        body = deck.headed(pen, continued, null, content.title()).body();
      }
      row(pen, body.top(height), width, steps, first, perRow);
      body = body.below(height + ROW_GAP);
    }
    List<Item> items = new ArrayList<>();
    items.add(Item.text(steps.isEmpty() ? texts.get("roadmap.empty")
        : texts.get("roadmap.total", RoadmapPage.totalWon(canvas)), true));
    List<CustomerSegment> others = new ArrayList<>(canvas.segments());
    // A set: removing a list's items from a list compares every pair.
    others.removeAll(new HashSet<>(steps));
    if (!others.isEmpty()) {
      items.add(Item.heading(texts.get("roadmap.others")));
      for (CustomerSegment s : others) {
        String status = content.statusLine(s);
        items.add(Item.bullet(status.isBlank() ? content.segmentName(s)
            : texts.get("fact", content.segmentName(s), status)));
      }
    }
    if (!canvasFindings.isEmpty()) {
      items.add(Item.heading(texts.get("findings")));
      canvasFindings.forEach(f -> items.add(Item.bullet(f)));
    }
    if (body.height() < 3 * measure.leading(SlideDeck.TEXT_MAX)) {
      pen = deck.newSlide();
      body = deck.headed(pen, continued, null, content.title()).body();
    }
    deck.flow(pen, body, null, continued, content.title(), items);
  }

  private float rowHeight(List<CustomerSegment> row, float width) {
    int nameLines = 1;
    for (CustomerSegment s : row) {
      nameLines = Math.max(nameLines, name(s, width).size());
    }
    int needLines = 0;
    for (CustomerSegment s : row) {
      needLines = Math.max(needLines, need(s, width).size());
    }
    return BAND + 2 * PAD + 2 * measure.leading(STEP_SIZE) + 8
        + nameLines * measure.leading(NAME_SIZE)
        + (needLines == 0 ? 0 : needLines * measure.leading(STEP_SIZE) + 8);
  }

  /** A step's need, on at most {@value #NEED_LINES} lines; none when unset. */
  private List<String> need(CustomerSegment s, float width) {
    return s.need() == null || s.need().isBlank() ? List.of()
        : TextFit.atMost(s.need().strip(), NEED_LINES, width - 2 * PAD, false, STEP_SIZE,
            measure);
  }

  /**
   * A step's name, on at most {@value RoadmapPage#NAME_LINES} lines, so that a row fits on a
   * slide. The canvas slide shows the whole name.
   */
  private List<String> name(CustomerSegment s, float width) {
    return TextFit.atMost(content.segmentName(s), RoadmapPage.NAME_LINES, width - 2 * PAD, true,
        NAME_SIZE, measure);
  }

  /** One row of steps, joined by arrows. */
  private void row(SlidePen pen, Box row, float width, List<CustomerSegment> steps, int first,
      int perRow) {
    int end = Math.min(steps.size(), first + perRow);
    for (int i = first; i < end; i++) {
      Box card = new Box(row.x() + (i - first) * (width + ARROW), row.y(), width, row.height());
      step(pen, card, i + 1, steps.get(i));
      // Within the row only: the numbers carry the order to the next row, and an arrow after
      // the last card would point at nothing.
      if (i + 1 < end) {
        float y = card.y() + card.height() / 2;
        pen.line(card.right() + 4, y, card.right() + ARROW - 4, y, Colours.MUTED, 1.5f, true);
      }
    }
  }

  /** One step: a band in the segment's colour, number and status, name, customers won. */
  private void step(SlidePen pen, Box card, int number, CustomerSegment s) {
    pen.rect(card, Colours.CARD, Colours.RULE, 0.5f);
    pen.rect(card.top(BAND), Colours.parse(tagged.colour(s), Colours.FAINT), null, 0);
    Box inner = card.below(BAND).inset(PAD);
    float step = measure.leading(STEP_SIZE);
    // The tag is the step's number: the roadmap's order is the tags'.
    String tag = tagged.tag(s).isEmpty() ? String.valueOf(number) : tagged.tag(s);
    String head = s.status() == null ? tag : tag + " · " + labels.of("status", s.status());
    pen.text(inner.top(step), List.of(measure.printable(head)), true, STEP_SIZE, Colours.MUTED,
        TextAlign.LEFT);
    List<String> name = name(s, card.width());
    float nameHeight = name.size() * measure.leading(NAME_SIZE);
    pen.text(inner.below(step + 4).top(nameHeight), name, true, NAME_SIZE, Colours.INK,
        TextAlign.LEFT);
    List<String> need = need(s, card.width());
    pen.text(inner.below(step + 4 + nameHeight + 8).top(need.size() * step), need, false,
        STEP_SIZE, Colours.MUTED, TextAlign.LEFT);
    if (s.customerCount() != null) {
      pen.text(new Box(inner.x(), inner.bottom() - step, inner.width(), step),
          List.of(measure.printable(texts.get("customers", s.customerCount()))), false,
          STEP_SIZE, Colours.INK, TextAlign.LEFT);
    }
  }
}
