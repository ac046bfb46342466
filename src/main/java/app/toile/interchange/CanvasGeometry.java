package app.toile.interchange;

import app.toile.model.Block;
import app.toile.model.Block.Area;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the blocks and their cards go on a JSON Canvas: the canonical landscape layout (five
 * columns, three rows, the bottom row a quarter of the height), scaled up until every block holds
 * its cards in a grid inside its rectangle.
 */
final class CanvasGeometry {
  static final int CARD_WIDTH = 260;
  static final int CARD_HEIGHT = 160;
  /** A segment's card lists its key fields: twice a note's height. */
  static final int SEGMENT_CARD_HEIGHT = 320;
  static final int GAP = 20;
  static final int PADDING = 30;
  private static final int BASE_WIDTH = 2400;
  private static final int BASE_HEIGHT = 1500;
  private static final double GROWTH = 1.25;

  private final Map<Block, Rect> groups = new EnumMap<>(Block.class);

  /**
   * A rectangle in canvas pixels.
   *
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   */
  record Rect(int x, int y, int width, int height) {
    boolean contains(Rect r) {
      return r.x >= x && r.y >= y && r.x + r.width <= x + width && r.y + r.height <= y + height;
    }

    boolean containsCentre(double cx, double cy) {
      return cx >= x && cy >= y && cx <= x + width && cy <= y + height;
    }
  }

  /** The layout that holds {@code counts.get(b)} cards in each block. */
  CanvasGeometry(Map<Block, Integer> counts) {
    double w = BASE_WIDTH;
    double h = BASE_HEIGHT;
    while (!layOut(w, h, counts)) {
      w *= GROWTH;
      h *= GROWTH;
    }
  }

  private boolean layOut(double w, double h, Map<Block, Integer> counts) {
    groups.clear();
    boolean fits = true;
    for (Block b : Block.values()) {
      Area a = b.area();
      int x = (int) Math.round(a.x() * w);
      int y = (int) Math.round(a.y() * h);
      Rect r = new Rect(x, y, (int) Math.round((a.x() + a.width()) * w) - x,
          (int) Math.round((a.y() + a.height()) * h) - y);
      groups.put(b, r);
      fits &= (long) columns(r) * rows(r, b) >= counts.getOrDefault(b, 0);
    }
    return fits;
  }

  private static int columns(Rect r) {
    return Math.max(0, (r.width() - 2 * PADDING + GAP) / (CARD_WIDTH + GAP));
  }

  private static int rows(Rect r, Block b) {
    return Math.max(0, (r.height() - 2 * PADDING + GAP) / (cardHeight(b) + GAP));
  }

  private static int cardHeight(Block b) {
    return b == Block.CUSTOMER_SEGMENTS ? SEGMENT_CARD_HEIGHT : CARD_HEIGHT;
  }

  /** The block's rectangle. */
  Rect group(Block b) {
    return groups.get(b);
  }

  /** The rectangle of the block's card at this index, in rows from the top left. */
  Rect card(Block b, int index) {
    Rect g = groups.get(b);
    int cols = columns(g);
    int height = cardHeight(b);
    return new Rect(g.x() + PADDING + (index % cols) * (CARD_WIDTH + GAP),
        g.y() + PADDING + (index / cols) * (height + GAP), CARD_WIDTH, height);
  }
}
