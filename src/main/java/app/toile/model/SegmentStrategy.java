package app.toile.model;

/** How the business model addresses its customers as a whole. */
public enum SegmentStrategy {
  MASS_MARKET,
  NICHE,
  SEGMENTED,
  DIVERSIFIED,
  MULTI_SIDED_PLATFORM
}
