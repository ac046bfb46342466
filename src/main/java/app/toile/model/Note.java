package app.toile.model;

import java.util.List;
import java.util.Objects;

/**
 * A sticky note in one of the eight note blocks.
 *
 * @param id stable id, unique in the canvas
 * @param text the note's text
 * @param colour its colour, or null for the default (yellow)
 * @param segmentIds ids of the customer segments it serves, in the order they were linked
 * @param extras fields from a newer Toile, kept as they were
 */
public record Note(String id, String text, NoteColour colour, List<String> segmentIds, Extras extras) {

  public Note {
    Objects.requireNonNull(id, "id");
    segmentIds = segmentIds == null ? List.of() : List.copyOf(segmentIds);
    extras = extras == null ? Extras.NONE : extras;
  }

  /** A new yellow note with no links. */
  public static Note of(String id, String text) {
    return new Note(id, text, null, List.of(), Extras.NONE);
  }

  /** The colour to draw, yellow when unset. */
  public NoteColour colourOrDefault() {
    return colour == null ? NoteColour.YELLOW : colour;
  }

  public Note withText(String v) {
    return new Note(id, v, colour, segmentIds, extras);
  }

  public Note withColour(NoteColour v) {
    return new Note(id, text, v, segmentIds, extras);
  }

  public Note withSegmentIds(List<String> v) {
    return new Note(id, text, colour, v, extras);
  }
}
