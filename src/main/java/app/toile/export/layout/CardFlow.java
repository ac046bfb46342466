package app.toile.export.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures cards and flows them into columns, in order. A card taller than a whole empty column
 * is split so that long text continues in the next column instead of being cut. Also the geometry
 * of a card's chips: each a tag in its segment's colour, in rows along the bottom.
 */
public final class CardFlow {
  /** Space between two cards. */
  public static final float GAP = 4f;

  private CardFlow() {}

  /** Inner padding of a card at a font size. */
  public static float padding(float size) {
    return size * 0.55f;
  }

  /** Height of a chip at a font size. */
  public static float chipSize(float size) {
    return size * 0.95f;
  }

  /** Font size of a chip's tag at the card's font size. */
  public static float chipTextSize(float size) {
    return size * 0.68f;
  }

  /** Space between two chips. */
  static float chipGap(float size) {
    return size * 0.3f;
  }

  /** Width of a chip: its tag with a little room each side, never narrower than it is high. */
  public static float chipWidth(Chip chip, float size, TextMeasure measure) {
    if (chip == null || !chip.tagged()) {
      return chipSize(size);
    }
    float text = measure.width(measure.printable(chip.tag()), true, chipTextSize(size));
    return Math.max(chipSize(size), text + size * 0.56f);
  }

  /** The card wrapped to {@code width}, with its height; placed at the origin. */
  public static PlacedCard measure(Card card, float width, float size, TextMeasure measure) {
    return measure(card, width, size, measure, Integer.MAX_VALUE);
  }

  /** The card with at most {@code most} lines of title and {@code most} of body. */
  static PlacedCard measure(Card card, float width, float size, TextMeasure measure, int most) {
    float pad = padding(size);
    float titleIndent = card.mark() == null ? 0 : chipWidth(card.mark(), size, measure) + pad * 0.6f;
    List<String> title =
        TextFit.wrap(card.title(), width - 2 * pad - titleIndent, true, size, measure, most);
    List<String> body = TextFit.wrap(card.body(), width - 2 * pad, false, size, measure, most);
    return new PlacedCard(card, new Box(0, 0, width, height(card, width, title, body, size,
        measure)), size, title, body);
  }

  /**
   * The height of a card {@code width} wide showing these lines of title and body: its padding,
   * its lines, and its chips' rows unless they fit at the end of its last line.
   */
  static float height(Card card, float width, List<String> title, List<String> body, float size,
      TextMeasure measure) {
    float pad = padding(size);
    int lines = Math.max(1, title.size() + body.size());
    float text = 2 * pad + lines * measure.leading(size);
    if (card.links().isEmpty() || inline(card, width, title, body, size, measure)) {
      return text;
    }
    List<Box> chips = chips(card.links(), new Box(0, 0, width, 0), size, measure);
    return text + chips.get(chips.size() - 1).bottom() + pad * 0.6f;
  }

  /**
   * Whether the card's chips fit on one row at the right of its last line, with a little space
   * before them: then they take no row of their own.
   */
  static boolean inline(Card card, float width, List<String> title, List<String> body,
      float size, TextMeasure measure) {
    boolean bodyLast = !body.isEmpty();
    if (card.links().isEmpty() || !bodyLast && (title.isEmpty() || card.mark() != null)) {
      return false;
    }
    String last = bodyLast ? body.get(body.size() - 1) : title.get(title.size() - 1);
    float chips = -chipGap(size);
    for (Chip chip : card.links()) {
      chips += chipWidth(chip, size, measure) + chipGap(size);
    }
    return measure.width(last, !bodyLast, size) + size * 0.8f + chips
        <= width - 2 * padding(size);
  }

  /**
   * Where each chip of {@code links} goes in a card's box at a font size: in rows from the card's
   * inner left, wrapped at its inner right, the first row at the box's top (the caller moves them
   * where they belong, see {@link #chipBoxes}).
   */
  static List<Box> chips(List<Chip> links, Box card, float size, TextMeasure measure) {
    List<Box> boxes = new ArrayList<>();
    float pad = padding(size);
    float left = card.x() + pad;
    float right = card.right() - pad;
    float h = chipSize(size);
    float x = left;
    float y = card.y();
    for (Chip chip : links) {
      float w = chipWidth(chip, size, measure);
      if (x > left && x + w > right) {
        x = left;
        y += h + chipGap(size);
      }
      boxes.add(new Box(x, y, w, h));
      x += w + chipGap(size);
    }
    return boxes;
  }

  /**
   * Where each chip of a placed card goes: right-aligned at the end of its last line when they fit
   * there, else in rows at the bottom of its box.
   */
  public static List<Box> chipBoxes(PlacedCard c, TextMeasure measure) {
    float size = c.size();
    float pad = padding(size);
    List<Box> boxes = chips(c.card().links(), c.box(), size, measure);
    if (boxes.isEmpty()) {
      return boxes;
    }
    float shift;
    float dx = 0;
    if (inline(c.card(), c.box().width(), c.titleLines(), c.bodyLines(), size, measure)) {
      int lines = c.titleLines().size() + c.bodyLines().size();
      float leading = measure.leading(size);
      shift = pad + (lines - 1) * leading + (leading - chipSize(size)) / 2;
      Box last = boxes.get(boxes.size() - 1);
      dx = c.box().right() - pad - last.right();
    } else {
      shift = c.box().height() - pad - boxes.get(boxes.size() - 1).bottom() + c.box().y();
    }
    List<Box> moved = new ArrayList<>(boxes.size());
    for (Box b : boxes) {
      moved.add(new Box(b.x() + dx, b.y() + shift, b.width(), b.height()));
    }
    return moved;
  }

  /**
   * Places cards from the front of the list into the columns, adding them to {@code placed}, and
   * returns those that did not fit, in order. To go on placing them in other columns at the same
   * width, a {@link CardQueue} keeps their lines instead.
   */
  public static List<Card> place(List<Card> cards, Columns columns, float size, TextMeasure measure,
      List<PlacedCard> placed) {
    CardQueue queue = new CardQueue(cards, size, measure);
    queue.place(columns, placed);
    return queue.rest();
  }
}
