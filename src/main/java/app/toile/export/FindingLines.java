package app.toile.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings to print, already worded in the export's language: on each segment's page those
 * about the segment, on the roadmap page those about the canvas as a whole. The exporters do not
 * validate: whoever calls them passes what validation found.
 *
 * @param bySegment for a segment id, its findings, one line each ("Warning: …")
 * @param aboutCanvas findings about the canvas as a whole (no segment, strategy, focus)
 */
public record FindingLines(Map<String, List<String>> bySegment, List<String> aboutCanvas) {
  /** No findings at all. */
  public static final FindingLines NONE = new FindingLines(Map.of(), List.of());

  public FindingLines {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (bySegment != null) {
      bySegment.forEach((id, lines) -> copy.put(id, List.copyOf(lines)));
    }
    bySegment = Map.copyOf(copy);
    aboutCanvas = aboutCanvas == null ? List.of() : List.copyOf(aboutCanvas);
  }

  /** The findings of one segment, empty when it has none. */
  public List<String> of(String segmentId) {
    return bySegment.getOrDefault(segmentId, List.of());
  }
}
