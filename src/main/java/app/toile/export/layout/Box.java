package app.toile.export.layout;

/**
 * A rectangle on a page, in points, measured from the page's top-left corner (y grows downward,
 * as people read; the PDF drawing flips it).
 *
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record Box(float x, float y, float width, float height) {

  public float right() {
    return x + width;
  }

  public float bottom() {
    return y + height;
  }

  /** The box shrunk by {@code d} on every side. */
  public Box inset(float d) {
    return new Box(x + d, y + d, Math.max(0, width - 2 * d), Math.max(0, height - 2 * d));
  }

  /** The part of the box below {@code dy} points from its top. */
  public Box below(float dy) {
    return new Box(x, y + dy, width, Math.max(0, height - dy));
  }

  /** The top {@code h} points of the box. */
  public Box top(float h) {
    return new Box(x, y, width, Math.min(h, height));
  }

  /** The box with its bottom {@code h} points cut off. */
  public Box withoutBottom(float h) {
    return new Box(x, y, width, Math.max(0, height - h));
  }
}
