package app.toile.validation;

import java.util.Objects;

/**
 * What a finding points at: the canvas, a segment or a note, and optionally a field in it.
 * A field is a dot-separated path of model record component names, which are also the JSON field
 * names ({@code name}, {@code profile.demographic.ageMin}, {@code evaluation.painDepth},
 * {@code dependsOn[2]}, {@code segmentIds[0]} on a note, {@code strategy} on the canvas). A null
 * field means the target as a whole; findings about a whole segment with no better field point at
 * the segment itself this way (only {@code SEGMENT_NO_VALUE_PROPOSITION} does).
 *
 * @param kind canvas, segment or note
 * @param id the segment's or note's id; null for the canvas
 * @param field the field path inside the target, or null for the whole target
 */
public record Target(Kind kind, String id, String field) {

  private static final Target CANVAS = new Target(Kind.CANVAS, null, null);

  public Target {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.CANVAS) != (id == null)) {
      throw new IllegalArgumentException("a canvas target has no id; other targets need one");
    }
  }

  /** The canvas as a whole. */
  public static Target canvas() {
    return CANVAS;
  }

  /** A field of the canvas, such as {@code strategy} or {@code market.target.ageMin}. */
  public static Target canvas(String field) {
    return new Target(Kind.CANVAS, null, field);
  }

  /** A segment as a whole. */
  public static Target segment(String id) {
    return new Target(Kind.SEGMENT, id, null);
  }

  /** A field of a segment. */
  public static Target segment(String id, String field) {
    return new Target(Kind.SEGMENT, id, field);
  }

  /** A field of a note. */
  public static Target note(String id, String field) {
    return new Target(Kind.NOTE, id, field);
  }

  /** The segment id, when the target is a segment; null otherwise. */
  public String segmentId() {
    return kind == Kind.SEGMENT ? id : null;
  }

  /** The note id, when the target is a note; null otherwise. */
  public String noteId() {
    return kind == Kind.NOTE ? id : null;
  }

  /**
   * A short, stable text form for reports: {@code canvas}, {@code canvas/strategy},
   * {@code segment:seg-1/evaluation.painDepth}, {@code segment:seg-1},
   * {@code note:n-1/segmentIds[0]}.
   */
  public String path() {
    StringBuilder sb = new StringBuilder();
    switch (kind) {
      case CANVAS -> sb.append("canvas");
      case SEGMENT -> sb.append("segment:").append(id);
      case NOTE -> sb.append("note:").append(id);
    }
    if (field != null) {
      sb.append('/').append(field);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return path();
  }

  /** What kind of thing a target is, in report order. */
  public enum Kind {
    CANVAS,
    SEGMENT,
    NOTE
  }
}
