package app.toile.interchange;

/**
 * Why something of an imported file has no place in a canvas. Each reason has its message in the
 * {@code messages} bundle, {@code import.drop.NAME}, with the dropped thing as {@code {0}}.
 */
public enum DropReason {
  /** A code block: code has no place in a note. */
  CODE,
  /** A quotation. */
  QUOTE,
  /** Raw HTML. */
  HTML,
  /** A picture: a note holds text. */
  IMAGE,
  /** A link's address: the note keeps its text. */
  LINK_TARGET,
  /** A heading inside a block: a block has no sections. */
  SUB_HEADING,
  /** A bullet under a note: a note has no sub-items. */
  NESTED,
  /** A tag that names no segment. */
  UNKNOWN_TAG,
  /** A segment field Toile does not have. */
  UNKNOWN_FIELD,
  /** A value that is not of its field's type. */
  BAD_VALUE,
  /** A front matter field the header does not have. */
  HEADER_FIELD,
  /** A column the notes table does not have. */
  UNKNOWN_COLUMN,
  /** A row whose block is none of the nine. */
  UNKNOWN_BLOCK,
  /** A row of the Customer Segments block in the notes table. */
  SEGMENT_ROW,
  /** A colour that is none of the six note colours. */
  BAD_COLOUR,
  /** A node that is not text (a file, a web page). */
  NODE_KIND,
  /** A node without the fields the format requires. */
  BAD_NODE,
  /** An edge that is not a note serving a segment. */
  EDGE,
  /** An edge's label. */
  EDGE_LABEL,
  /** A group that is none of the nine blocks. */
  GROUP;

  /** The key of its message. */
  public String messageKey() {
    return "import.drop." + name();
  }
}
