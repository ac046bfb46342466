package app.toile.export.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures cards and flows them into columns, in order. A card taller than a whole empty column
 * is split so that long text continues in the next column instead of being cut.
 */
public final class CardFlow {
  /** Space between two cards. */
  public static final float GAP = 4f;

  private CardFlow() {}

  /** Inner padding of a card at a font size. */
  public static float padding(float size) {
    return size * 0.55f;
  }

  /** Side of the colour chips of a card at a font size. */
  public static float chipSize(float size) {
    return size * 0.85f;
  }

  /** The card wrapped to {@code width}, with its height; placed at the origin. */
  public static PlacedCard measure(Card card, float width, float size, TextMeasure measure) {
    float pad = padding(size);
    float titleIndent = card.swatch() == null ? 0 : chipSize(size) + pad * 0.6f;
    List<String> title =
        TextFit.wrap(card.title(), width - 2 * pad - titleIndent, true, size, measure);
    List<String> body = TextFit.wrap(card.body(), width - 2 * pad, false, size, measure);
    return new PlacedCard(card, new Box(0, 0, width, height(card, title.size(), body.size(), size,
        measure)), size, title, body);
  }

  private static float height(Card card, int titleLines, int bodyLines, float size,
      TextMeasure measure) {
    float pad = padding(size);
    int lines = Math.max(1, titleLines + bodyLines);
    float chips = card.chips().isEmpty() ? 0 : chipSize(size) + pad * 0.6f;
    return 2 * pad + lines * measure.leading(size) + chips;
  }

  /**
   * Places cards from the front of the list into the columns, adding them to {@code placed}, and
   * returns those that did not fit, in order.
   */
  public static List<Card> place(List<Card> cards, Columns columns, float size, TextMeasure measure,
      List<PlacedCard> placed) {
    List<Card> queue = new ArrayList<>(cards);
    while (!queue.isEmpty()) {
      PlacedCard card = measure(queue.get(0), columns.width(), size, measure);
      Box box = columns.take(card.box().height());
      if (box != null) {
        placed.add(card.at(box));
        queue.remove(0);
      } else if (columns.atTop() && lines(card) > 1) {
        int fit = linesThatFit(card, columns.remaining(), size, measure);
        PlacedCard first = firstLines(card, fit, size, measure);
        Box room = columns.take(first.box().height());
        placed.add(first.at(room != null ? room : columns.take(columns.remaining())));
        queue.set(0, rest(card, fit));
      } else if (columns.atTop()) {
        // One line taller than an empty column: draw it there rather than loop forever. Only
        // happens in an area less than a line high.
        placed.add(card.at(columns.take(columns.remaining())));
        queue.remove(0);
      } else if (!columns.nextColumn()) {
        break;
      }
    }
    return queue;
  }

  private static int lines(PlacedCard card) {
    return card.titleLines().size() + card.bodyLines().size();
  }

  /** How many lines (title first, then body) fit in {@code room}: at least one, never all. */
  private static int linesThatFit(PlacedCard card, float room, float size, TextMeasure m) {
    int titles = card.titleLines().size();
    int fit = 1;
    while (fit < lines(card) - 1 && height(card.card(), Math.min(fit + 1, titles),
        Math.max(0, fit + 1 - titles), size, m) <= room) {
      fit++;
    }
    return fit;
  }

  /** The card cut to its first {@code n} lines. */
  private static PlacedCard firstLines(PlacedCard card, int n, float size, TextMeasure m) {
    int titles = Math.min(n, card.titleLines().size());
    List<String> title = card.titleLines().subList(0, titles);
    List<String> body = card.bodyLines().subList(0, n - titles);
    float h = height(card.card(), title.size(), body.size(), size, m);
    return new PlacedCard(card.card(), new Box(0, 0, card.box().width(), h), size, title, body);
  }

  /** What follows the first {@code n} lines, as a card of its own with the same colours. */
  private static Card rest(PlacedCard card, int n) {
    int titles = card.titleLines().size();
    List<String> title = card.titleLines().subList(Math.min(n, titles), titles);
    List<String> body = card.bodyLines().subList(Math.max(0, n - titles), card.bodyLines().size());
    Card c = card.card();
    return new Card(null, title.isEmpty() ? null : String.join("\n", title),
        body.isEmpty() ? null : String.join("\n", body), c.fill(), c.chips());
  }
}
