package app.toile.model;

/** A three-step scale: a segment's profitability, or how sure a market estimate is. */
public enum Level {
  LOW,
  MEDIUM,
  HIGH
}
