package app.toile.export;

import java.util.List;
import java.util.Map;

/**
 * The findings to print on each segment's page, already worded in the export's language. The
 * export does not validate: whoever calls it passes what validation found.
 *
 * @param bySegment for a segment id, its findings, one line each (e.g. "Warning: …")
 */
public record SegmentFindings(Map<String, List<String>> bySegment) {
  /** No findings at all. */
  public static final SegmentFindings NONE = new SegmentFindings(Map.of());

  public SegmentFindings {
    bySegment = bySegment == null ? Map.of() : Map.copyOf(bySegment);
  }

  /** The findings of one segment, empty when it has none. */
  public List<String> of(String segmentId) {
    return bySegment.getOrDefault(segmentId, List.of());
  }
}
