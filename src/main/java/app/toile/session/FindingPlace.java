package app.toile.session;

import app.toile.validation.Finding;

/**
 * Where clicking a finding takes the founder: a field of a segment in the segment editor, a note,
 * the market and strategy panel, or the Customer Segments block. Findings about the canvas's
 * segments as a whole (too many focus segments, none) land on the status of the first segment they
 * name, since that is the field to change.
 *
 * @param kind what to show
 * @param id the segment's or note's id; null for the panel and the block
 * @param field the field to focus, or null
 */
public record FindingPlace(Kind kind, String id, String field) {

  /** The place of a finding. */
  public static FindingPlace of(Finding f) {
    String field = f.target().field();
    return switch (f.target().kind()) {
      case SEGMENT -> new FindingPlace(Kind.SEGMENT, f.target().id(), field);
      case NOTE -> new FindingPlace(Kind.NOTE, f.target().id(), field);
      case CANVAS -> {
        if (field != null && (field.equals("strategy") || field.startsWith("market"))) {
          yield new FindingPlace(Kind.MARKET, null, field);
        }
        if (!f.relatedSegmentIds().isEmpty()) {
          yield new FindingPlace(Kind.SEGMENT, f.relatedSegmentIds().get(0), "status");
        }
        yield new FindingPlace(Kind.SEGMENTS_BLOCK, null, null);
      }
    };
  }

  /** What a finding leads to. */
  public enum Kind {
    SEGMENT,
    NOTE,
    MARKET,
    SEGMENTS_BLOCK
  }
}
