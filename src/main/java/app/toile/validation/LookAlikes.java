package app.toile.validation;

import app.toile.model.CustomerSegment;
import app.toile.model.Distinctness;
import app.toile.model.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Segments that are one segment under two names: {@code SEGMENT_DUPLICATE_NAME} (same name key,
 * every segment, blank names never match) and {@code SEGMENT_NOT_DISTINCT} (same five distinctness
 * attributes, all set, active segments only). Segments are grouped by a hash key, so the cost is
 * linear in the number of segments; each member of a group gets one finding naming the others.
 */
final class LookAlikes {
  private LookAlikes() {}

  static void check(List<CustomerSegment> segments, List<Finding> out) {
    report(group(segments, s -> TextKey.of(s.name())), FindingCode.SEGMENT_DUPLICATE_NAME, "name",
        out);
    report(group(segments, s -> s.isActive() ? DistinctnessKey.of(s) : null),
        FindingCode.SEGMENT_NOT_DISTINCT, "distinctness", out);
  }

  private static <K> Map<K, List<CustomerSegment>> group(
      List<CustomerSegment> segments, Function<CustomerSegment, K> key) {
    Map<K, List<CustomerSegment>> groups = new LinkedHashMap<>(segments.size() * 4 / 3 + 1);
    for (CustomerSegment s : segments) {
      K k = key.apply(s);
      if (k != null) {
        groups.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s);
      }
    }
    return groups;
  }

  private static <K> void report(
      Map<K, List<CustomerSegment>> groups, FindingCode code, String field, List<Finding> out) {
    for (List<CustomerSegment> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      for (CustomerSegment s : group) {
        List<String> others = new ArrayList<>(group.size() - 1);
        for (CustomerSegment o : group) {
          if (o != s) {
            others.add(o.id());
          }
        }
        out.add(Finding.of(code, Target.segment(s.id(), field)).withRelated(others));
      }
    }
  }

  /** The five distinctness attributes of a segment, as compared; built only when all are set. */
  private record DistinctnessKey(
      String need, String channel, String relationship, Level profitability, Boolean paysForOwn) {

    static DistinctnessKey of(CustomerSegment s) {
      Distinctness d = s.distinctness();
      // Keys are worked out only for a segment with all five set: most have a gap, and a text
      // key (the segment's need is a sentence or two) costs more than all the checks.
      if (d.profitability() == null || d.paysForOwnVersion() == null || TextKey.isBlank(s.need())
          || TextKey.isBlank(d.channel()) || TextKey.isBlank(d.relationship())) {
        return null;
      }
      return new DistinctnessKey(TextKey.of(s.need()), TextKey.of(d.channel()),
          TextKey.of(d.relationship()), d.profitability(), d.paysForOwnVersion());
    }
  }
}
