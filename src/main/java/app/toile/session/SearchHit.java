package app.toile.session;

import app.toile.model.Block;

/**
 * One place of the canvas whose text holds what is searched: a note, a customer segment, or a
 * field of the header.
 *
 * @param kind what matched
 * @param id the note's or segment's id; for the header, the field's name (title, designedFor,
 *     designedBy, version)
 * @param block the block it stands in; null for the header
 */
public record SearchHit(Kind kind, String id, Block block) {

  /** What a hit is. */
  public enum Kind { HEADER, SEGMENT, NOTE }
}
