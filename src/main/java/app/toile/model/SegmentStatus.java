package app.toile.model;

/** Where a segment stands in the conquest plan. */
public enum SegmentStatus {
  CANDIDATE,
  FOCUS,
  CONQUERED,
  NEXT,
  DROPPED;

  /** Every status but dropped counts as active; an unset status is active too. */
  public static boolean isActive(SegmentStatus status) {
    return status != DROPPED;
  }
}
