package app.toile.model;

/** Whether a segment's customers are people (B2C), businesses (B2B), or both. */
public enum CustomerKind {
  PEOPLE,
  BUSINESSES,
  BOTH
}
