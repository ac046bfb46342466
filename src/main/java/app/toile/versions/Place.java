package app.toile.versions;

import app.toile.model.Block;

/**
 * Where a change is, for the editor to go to it: the canvas's own fields, a segment, a note, or a
 * finding's target.
 *
 * @param part what the change is about
 * @param block the block it is in: customer segments for a segment, the note's block (its new
 *     one when it moved) for a note, the block of a finding's target; null for the canvas's fields
 * @param id the segment's or note's id; the finding's target id; null for the canvas's fields
 * @param field the field path ({@code header.title}, {@code evaluation.painDepth}, {@code text},
 *     {@code block} for a note that changed block, {@code order} for a new place in the block,
 *     {@code attractiveness}); null for a whole note or segment added or removed, or a finding
 */
public record Place(Part part, Block block, String id, String field) {

  /** A field of the canvas itself: header, strategy, free notes, market, unknown fields. */
  static Place canvas(String field) {
    return new Place(Part.CANVAS, null, null, field);
  }

  static Place segment(String id, String field) {
    return new Place(Part.SEGMENT, Block.CUSTOMER_SEGMENTS, id, field);
  }

  static Place note(Block block, String id, String field) {
    return new Place(Part.NOTE, block, id, field);
  }

  /** What a change is about. */
  public enum Part {
    /** The header, the strategy, the free notes, the market. */
    CANVAS,
    /** A customer segment. */
    SEGMENT,
    /** A note of one of the eight other blocks. */
    NOTE,
    /** A finding of the validator that appeared or went away. */
    FINDING
  }
}
