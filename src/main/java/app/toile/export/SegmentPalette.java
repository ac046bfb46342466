package app.toile.export;

import java.util.List;

/**
 * The default colours of customer segments, from Okabe and Ito's palette for colour-blind readers
 * (without its yellow, which vanishes on a yellow sticky note). The editor gives them in turn to
 * new segments, and an export gives them to segments that have no valid colour of their own.
 *
 * <p>A canvas with more segments than colours starts the list again: two segments may then share
 * a colour, and their tags ({@link SegmentTags}) still tell them apart, since no chip is ever a
 * colour alone.
 */
public final class SegmentPalette {
  /** Blue, orange, bluish green, vermilion, sky blue, reddish purple, black: in that order. */
  public static final List<String> COLOURS = List.of(
      "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#000000");

  private SegmentPalette() {}

  /** The colour at {@code index} (from 0), the list starting again past its end. */
  public static String colour(int index) {
    return COLOURS.get(Math.floorMod(index, COLOURS.size()));
  }

  /** Whether {@code hex} is a colour as a canvas file stores it: {@code #RRGGBB}. */
  static boolean isColour(String hex) {
    return hex != null && hex.matches("#[0-9a-fA-F]{6}");
  }
}
