package app.toile.versions;

/** What happened to a note, a segment, a field or a finding between two canvases. */
public enum Kind {
  /** It is only in the later canvas: a note or segment added, a finding that appeared. */
  ADDED,
  /** It is only in the earlier canvas: a note or segment removed, a finding that went away. */
  REMOVED,
  /** A field holds another value. */
  CHANGED,
  /** A note went to another block, or a note or segment to another place in its block. */
  MOVED
}
