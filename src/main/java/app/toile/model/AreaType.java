package app.toile.model;

/** The kind of place a segment lives in. */
public enum AreaType {
  URBAN,
  RURAL,
  BOTH
}
