package app.toile.export.layout;

/**
 * A segment's mark on a card: its tag (such as {@code S1}) in its colour, so that the link reads
 * without colour.
 *
 * @param tag the segment's short tag; null or empty for a plain colour square
 * @param colour {@code #RRGGBB}
 */
public record Chip(String tag, String colour) {

  /** Whether the chip shows a tag. */
  public boolean tagged() {
    return tag != null && !tag.isEmpty();
  }
}
