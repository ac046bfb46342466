package app.toile.export;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of an export besides the canvas page, which every export holds. A PNG is the canvas
 * page alone and ignores them; a deck always has its title slide.
 */
public enum ExportPart {
  /** One page (or slide) per customer segment. */
  SEGMENT_PAGES,
  /** The expansion roadmap page (or slide). */
  ROADMAP,
  /** The validator's findings, printed on the segments' pages and the roadmap. */
  FINDINGS;

  /** Every part: what an export holds unless told otherwise. */
  public static Set<ExportPart> all() {
    return EnumSet.allOf(ExportPart.class);
  }
}
