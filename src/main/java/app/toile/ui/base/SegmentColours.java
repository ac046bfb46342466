package app.toile.ui.base;

import app.toile.model.CustomerSegment;
import javafx.scene.paint.Color;

/** Turns a segment's chip colour into a paint, with a neutral grey when unset or unreadable. */
public final class SegmentColours {
  private static final Color UNSET = Color.web("#8A8F98");

  private SegmentColours() {}

  /** The segment's chip colour. */
  public static Color of(CustomerSegment s) {
    return parse(s.colour());
  }

  /** Parses {@code #RRGGBB}; grey for anything else (files may hold any text). */
  public static Color parse(String hex) {
    if (hex == null) {
      return UNSET;
    }
    try {
      return Color.web(hex);
    } catch (IllegalArgumentException e) {
      return UNSET;
    }
  }
}
