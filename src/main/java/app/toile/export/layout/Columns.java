package app.toile.export.layout;

/**
 * Equal columns in an area, filled top to bottom and then left to right, like reading order.
 * Mutable: a cursor that hands out boxes until the last column is full.
 */
public final class Columns {
  private final Box area;
  private final int count;
  private final float gap;
  private final float rowGap;
  private int column;
  private float used;
  private boolean top = true;

  /**
   * {@code count} columns (at least one) {@code gap} points apart; each box taken is followed by
   * {@code rowGap} points of space.
   */
  public Columns(Box area, int count, float gap, float rowGap) {
    this.area = area;
    this.count = Math.max(1, count);
    this.gap = gap;
    this.rowGap = rowGap;
  }

  /** As many columns as fit with at least {@code minWidth} points each, at least one. */
  public static Columns atLeast(Box area, float minWidth, float gap, float rowGap) {
    return new Columns(area, (int) ((area.width() + gap) / (minWidth + gap)), gap, rowGap);
  }

  public float width() {
    return (area.width() - (count - 1) * gap) / count;
  }

  /**
   * More lines {@code lineHeight} high than all the columns could ever hold, whatever was taken:
   * a text longer than that cannot fit, and need not be wrapped past it to know.
   */
  public int mostLines(float lineHeight) {
    return count * ((int) (area.height() / lineHeight) + 2);
  }

  /** Whether nothing was taken in the current column yet. */
  public boolean atTop() {
    return top;
  }

  /** Points left in the current column. */
  public float remaining() {
    return area.height() - used;
  }

  /** Takes {@code h} points at the cursor in the current column, or null if they do not fit. */
  public Box take(float h) {
    if (h > remaining() + 0.01f) {
      return null;
    }
    Box box = new Box(area.x() + column * (width() + gap), area.y() + used, width(), h);
    used = Math.min(area.height(), used + h + rowGap);
    top = false;
    return box;
  }

  /**
   * Takes {@code h} points for a heading: the column still counts as {@linkplain #atTop() at its
   * top}, so a card too tall for what is left below the heading is split there, not pushed on.
   */
  public Box takeHeading(float h) {
    boolean wasTop = top;
    Box box = take(h);
    top = wasTop;
    return box;
  }

  /** Moves to the top of the next column; false when this was the last one. */
  public boolean nextColumn() {
    if (column + 1 >= count) {
      return false;
    }
    column++;
    used = 0;
    top = true;
    return true;
  }
}
