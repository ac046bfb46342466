package app.toile.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A digest of a list of findings for the status bar, the segment chips and exports: how many of
 * each severity, the worst overall, and the worst per segment (over the findings that point at it).
 *
 * @param counts number of findings per severity; every severity is present, possibly with 0
 * @param worstBySegment worst severity per segment id, for segments with at least one finding, in
 *     the order the findings came
 */
public record FindingSummary(Map<Severity, Integer> counts, Map<String, Severity> worstBySegment) {

  public FindingSummary {
    EnumMap<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, counts.getOrDefault(s, 0));
    }
    counts = Collections.unmodifiableMap(c);
    worstBySegment = Collections.unmodifiableMap(new LinkedHashMap<>(worstBySegment));
  }

  /** The summary of some findings. */
  public static FindingSummary of(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    Map<String, Severity> worst = new LinkedHashMap<>();
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
      String id = f.target().segmentId();
      if (id != null) {
        worst.merge(id, f.severity(), Severity::worst);
      }
    }
    return new FindingSummary(counts, worst);
  }

  /** Number of findings of one severity. */
  public int count(Severity severity) {
    return counts.get(severity);
  }

  /** Number of findings in all. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The worst severity found, or null when there is no finding. */
  public Severity worst() {
    for (Severity s : Severity.values()) {
      if (counts.get(s) > 0) {
        return s;
      }
    }
    return null;
  }

  /** The worst severity among the findings on one segment, or null when it has none. */
  public Severity worst(String segmentId) {
    return worstBySegment.get(segmentId);
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
