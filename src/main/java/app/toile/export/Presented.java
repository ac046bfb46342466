package app.toile.export;

import app.toile.model.Canvas;
import app.toile.model.SegmentStatus;

/** The canvas a presentation shows: the segments given up on are left out of every page. */
final class Presented {
  private Presented() {}

  /**
   * The canvas without its dropped segments. Links to them go nowhere and show nothing, as links
   * to a missing segment do; the order of the others, which is the expansion order, is kept.
   */
  static Canvas canvas(Canvas canvas) {
    return canvas.withSegments(canvas.segments().stream()
        .filter(s -> SegmentStatus.isActive(s.status())).toList());
  }
}
