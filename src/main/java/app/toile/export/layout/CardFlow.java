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
      } else if (columns.atTop() && card.bodyLines().size() > 1) {
        int fit = bodyLinesThatFit(card, columns.remaining(), size, measure);
        PlacedCard first = split(card, fit, size, measure);
        Box room = columns.take(first.box().height());
        placed.add(first.at(room != null ? room : columns.take(columns.remaining())));
        List<String> rest = card.bodyLines().subList(fit, card.bodyLines().size());
        Card c = card.card();
        queue.set(0, new Card(null, null, String.join("\n", rest), c.fill(), c.chips()));
      } else if (columns.atTop()) {
        // Too tall for an empty column with nothing left to split: draw it clipped to the column
        // rather than loop forever. Only happens in areas a few lines high.
        placed.add(card.at(columns.take(columns.remaining())));
        queue.remove(0);
      } else if (!columns.nextColumn()) {
        break;
      }
    }
    return queue;
  }

  private static int bodyLinesThatFit(PlacedCard card, float room, float size, TextMeasure m) {
    int fit = 1;
    while (fit < card.bodyLines().size() - 1
        && height(card.card(), card.titleLines().size(), fit + 1, size, m) <= room) {
      fit++;
    }
    return fit;
  }

  private static PlacedCard split(PlacedCard card, int bodyLines, float size, TextMeasure m) {
    List<String> body = card.bodyLines().subList(0, bodyLines);
    float h = height(card.card(), card.titleLines().size(), body.size(), size, m);
    return new PlacedCard(card.card(), new Box(0, 0, card.box().width(), h), size,
        card.titleLines(), body);
  }
}
