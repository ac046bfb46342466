package app.toile.export.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Cards waiting to be placed in columns at one font size, in order. The card at the front is
 * wrapped once; when it is split between columns, what is left of it keeps its lines, so a long
 * note is wrapped once however many columns and pages it runs over. (Wrapping what is left again
 * at each column, as text, made a note of a megabyte take minutes.)
 *
 * <p>The part of a split card after its first is drawn without the swatch, like a card of its own
 * in the same colours; its card carries those colours, and its text is in its lines only.
 */
public final class CardQueue {
  private final List<Card> cards;
  private final float size;
  private final TextMeasure measure;
  private final int most;
  private int next;
  /** The front card wrapped whole, or null when the front is the next card of the list. */
  private PlacedCard front;
  /** The card the front's remaining lines are drawn as. */
  private Card shown;
  private int titleFrom;
  private int bodyFrom;
  private boolean tooLong;

  /** The cards, to be placed at {@code size}. */
  public CardQueue(List<Card> cards, float size, TextMeasure measure) {
    this(cards, size, measure, Integer.MAX_VALUE);
  }

  /**
   * The cards, to be placed at {@code size}, giving up at the first one that has more than
   * {@code most} lines: a caller that only asks whether they all fit in an area that holds no more
   * lines than that need not wrap a longer card whole.
   */
  CardQueue(List<Card> cards, float size, TextMeasure measure, int most) {
    this.cards = cards;
    this.size = size;
    this.measure = measure;
    this.most = most;
  }

  /** Whether every card was placed. */
  public boolean isEmpty() {
    return front == null && next == cards.size();
  }

  /**
   * Places cards from the front into the columns, adding them to {@code placed}, until the
   * columns are full. A card taller than a whole empty column is split there.
   */
  public void place(Columns columns, List<PlacedCard> placed) {
    while (!isEmpty() && !tooLong) {
      if (front == null) {
        wrap(cards.get(next++), columns.width());
      } else if (front.box().width() != columns.width()) {
        wrap(remaining(), columns.width());
      }
      if (tooLong) {
        return;
      }
      int titles = front.titleLines().size() - titleFrom;
      int lines = titles + front.bodyLines().size() - bodyFrom;
      Box box = columns.take(heightOf(lines, columns.width()));
      if (box != null) {
        placed.add(part(lines, box));
        front = null;
      } else if (columns.atTop() && lines > 1) {
        int fit = linesThatFit(titles, lines, columns.remaining());
        Box room = columns.take(heightOf(fit, columns.width()));
        placed.add(part(fit, room != null ? room : columns.take(columns.remaining())));
        consume(fit, titles);
      } else if (columns.atTop()) {
        // One line taller than an empty column: draw it there rather than loop forever. Only
        // happens in an area less than a line high.
        placed.add(part(lines, columns.take(columns.remaining())));
        front = null;
      } else if (!columns.nextColumn()) {
        return;
      }
    }
  }

  /** The cards not placed, in order; what is left of a split card as a card of its own. */
  public List<Card> rest() {
    List<Card> rest = new ArrayList<>();
    if (front != null) {
      rest.add(remaining());
    }
    rest.addAll(cards.subList(next, cards.size()));
    return rest;
  }

  private void wrap(Card card, float width) {
    // One line more than the most tells a card that has more from one that has just as many.
    int enough = most == Integer.MAX_VALUE ? most : most + 1;
    front = CardFlow.measure(card, width, size, measure, enough);
    shown = card;
    titleFrom = 0;
    bodyFrom = 0;
    tooLong = front.titleLines().size() + front.bodyLines().size() > most;
  }

  /** The front's remaining lines as a card, its text the lines joined by line breaks. */
  private Card remaining() {
    if (titleFrom == 0 && bodyFrom == 0) {
      return shown;
    }
    List<String> title = front.titleLines().subList(titleFrom, front.titleLines().size());
    List<String> body = front.bodyLines().subList(bodyFrom, front.bodyLines().size());
    return new Card(null, title.isEmpty() ? null : String.join("\n", title),
        body.isEmpty() ? null : String.join("\n", body), shown.fill(), shown.links());
  }

  /** The height of the front's next {@code n} lines (title first, then body) as a card. */
  private float heightOf(int n, float width) {
    int titles = Math.min(n, front.titleLines().size() - titleFrom);
    return CardFlow.height(shown, width, front.titleLines().subList(titleFrom, titleFrom + titles),
        front.bodyLines().subList(bodyFrom, bodyFrom + n - titles), size, measure);
  }

  /** The front's next {@code n} lines (title first, then body), placed at {@code box}. */
  private PlacedCard part(int n, Box box) {
    int titles = Math.min(n, front.titleLines().size() - titleFrom);
    return new PlacedCard(shown, box, size,
        front.titleLines().subList(titleFrom, titleFrom + titles),
        front.bodyLines().subList(bodyFrom, bodyFrom + n - titles));
  }

  /** How many lines (title first, then body) fit in {@code room}: at least one, never all. */
  private int linesThatFit(int titles, int lines, float room) {
    int fit = 1;
    while (fit < lines - 1 && heightOf(fit + 1, front.box().width()) <= room) {
      fit++;
    }
    return fit;
  }

  /**
   * Moves past the first {@code n} lines. What is left starts without blank lines, as the text
   * of a card would once wrapped, and is drawn as a card of its own, without the swatch.
   */
  private void consume(int n, int titles) {
    titleFrom += Math.min(n, titles);
    bodyFrom += Math.max(0, n - titles);
    titleFrom = pastBlank(front.titleLines(), titleFrom);
    bodyFrom = pastBlank(front.bodyLines(), bodyFrom);
    shown = new Card(null, null, null, shown.fill(), shown.links());
  }

  private static int pastBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isEmpty()) {
      i++;
    }
    return i;
  }
}
