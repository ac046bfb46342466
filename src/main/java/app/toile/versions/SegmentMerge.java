package app.toile.versions;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.MergeConflict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer segments of a three-way merge, by id: each segment's fields merged
 * ({@link ThreeWay}), segments added on either side kept, a segment deleted on one side and
 * untouched on the other deleted, one deleted on one side and edited on the other a conflict
 * (ours kept: still there if ours edited it, gone if ours deleted it); then the expansion order
 * ({@link OrderMerge}).
 */
final class SegmentMerge {
  private SegmentMerge() {}

  static List<CustomerSegment> of(Canvas base, Canvas ours, Canvas theirs,
      List<MergeConflict> conflicts) {
    Map<String, CustomerSegment> b = byId(base);
    Map<String, CustomerSegment> o = byId(ours);
    Map<String, CustomerSegment> t = byId(theirs);
    Set<String> ids = new LinkedHashSet<>(o.keySet());
    ids.addAll(t.keySet());
    ids.addAll(b.keySet());
    Map<String, CustomerSegment> merged = new LinkedHashMap<>();
    for (String id : ids) {
      CustomerSegment s = one(id, b.get(id), o.get(id), t.get(id), conflicts);
      if (s != null) {
        merged.put(id, s);
      }
    }
    List<String> order = OrderMerge.of(List.copyOf(b.keySet()), List.copyOf(o.keySet()),
        List.copyOf(t.keySet()), merged.keySet());
    return order.stream().map(merged::get).toList();
  }

  private static CustomerSegment one(String id, CustomerSegment base, CustomerSegment ours,
      CustomerSegment theirs, List<MergeConflict> conflicts) {
    if (ours == null && theirs == null) {
      return null;
    }
    if (ours == null || theirs == null) {
      CustomerSegment present = ours != null ? ours : theirs;
      if (base == null) {
        return present;
      }
      if (present.equals(base)) {
        return null;
      }
      // One side deleted it, the other edited it: ours stands, the conflict says the rest.
      conflicts.add(new MergeConflict(id, null, null, present.name(), LeafJson.of(base.name()),
          ours == null ? null : LeafJson.of(ours.name()),
          theirs == null ? null : LeafJson.of(theirs.name()), null));
      return ours;
    }
    List<ThreeWay.Clash> clashes = new ArrayList<>();
    CustomerSegment start = base != null ? base : CustomerSegment.named(id, null);
    CustomerSegment merged = ThreeWay.merge(start, ours, theirs, "", clashes);
    for (ThreeWay.Clash c : clashes) {
      conflicts.add(new MergeConflict(id, null, c.field(), merged.name(), LeafJson.of(c.base()),
          LeafJson.of(c.ours()), LeafJson.of(c.theirs()), null));
    }
    return merged;
  }

  private static Map<String, CustomerSegment> byId(Canvas canvas) {
    Map<String, CustomerSegment> map = new LinkedHashMap<>();
    canvas.segments().forEach(s -> map.putIfAbsent(s.id(), s));
    return map;
  }
}
