package app.toile.export.layout;

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
    return measure(card, width, size, measure, Integer.MAX_VALUE);
  }

  /** The card with at most {@code most} lines of title and {@code most} of body. */
  static PlacedCard measure(Card card, float width, float size, TextMeasure measure, int most) {
    float pad = padding(size);
    float titleIndent = card.swatch() == null ? 0 : chipSize(size) + pad * 0.6f;
    List<String> title =
        TextFit.wrap(card.title(), width - 2 * pad - titleIndent, true, size, measure, most);
    List<String> body = TextFit.wrap(card.body(), width - 2 * pad, false, size, measure, most);
    return new PlacedCard(card, new Box(0, 0, width, height(card, title.size(), body.size(), size,
        measure)), size, title, body);
  }

  /** The height of a card with so many lines of title and body. */
  static float height(Card card, int titleLines, int bodyLines, float size,
      TextMeasure measure) {
    float pad = padding(size);
    int lines = Math.max(1, titleLines + bodyLines);
    float chips = card.chips().isEmpty() ? 0 : chipSize(size) + pad * 0.6f;
    return 2 * pad + lines * measure.leading(size) + chips;
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
