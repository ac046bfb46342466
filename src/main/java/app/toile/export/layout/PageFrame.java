package app.toile.export.layout;

/**
 * The parts of a landscape page: a margin all round, a header band, the body, and a footer band
 * (canvas title, page number, attribution).
 *
 * @param page the whole page
 * @param header the header band, above the body (may be zero high)
 * @param body where the content goes
 * @param footer the footer band
 */
public record PageFrame(Box page, Box header, Box body, Box footer) {
  /** Margin on every side, about 8.5 mm: inside what office printers can print. */
  public static final float MARGIN = 24f;
  /** Height of the footer band. */
  public static final float FOOTER = 12f;
  /** Space between header, body and footer. */
  public static final float SPACING = 6f;

  /** The frame of a page of this size, with a header band {@code headerHeight} points high. */
  public static PageFrame of(float width, float height, float headerHeight) {
    Box page = new Box(0, 0, width, height);
    Box inner = page.inset(MARGIN);
    Box header = inner.top(headerHeight);
    Box footer = new Box(inner.x(), inner.bottom() - FOOTER, inner.width(), FOOTER);
    float top = headerHeight > 0 ? headerHeight + SPACING : 0;
    Box body = new Box(inner.x(), inner.y() + top, inner.width(),
        inner.height() - top - FOOTER - SPACING);
    return new PageFrame(page, header, body, footer);
  }
}
