package app.toile.versions;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.validation.Attractiveness;
import app.toile.validation.TextKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The changes of the customer segments, in the later expansion order: each segment moved in the
 * order, its fields before → after (the attractiveness right after the scores), or added; then the
 * segments removed. A segment is the same by id, or, when no segment has its id, by the same name
 * (case and accents aside).
 */
final class SegmentChanges {
  private SegmentChanges() {}

  static List<Change> of(Canvas earlier, Canvas later) {
    List<CustomerSegment> before = earlier.segments();
    List<CustomerSegment> after = later.segments();
    int[] match = match(before, after);
    boolean[] kept = new boolean[before.size()];
    List<Integer> stayed = new ArrayList<>();
    for (int j = 0; j < after.size(); j++) {
      if (match[j] >= 0) {
        kept[match[j]] = true;
        stayed.add(j);
      }
    }
    Set<Integer> moved = new HashSet<>();
    OrderMoves.moved(stayed.stream().mapToInt(j -> match[j]).toArray())
        .forEach(k -> moved.add(stayed.get(k)));
    List<Change> changes = new ArrayList<>();
    for (int j = 0; j < after.size(); j++) {
      CustomerSegment s = after.get(j);
      if (match[j] < 0) {
        changes.add(new Change(Kind.ADDED, Place.segment(s.id(), null), s.name(), null, s.name()));
        continue;
      }
      if (moved.contains(j)) {
        changes.add(new Change(Kind.MOVED, Place.segment(s.id(), "order"), s.name(),
            match[j] + 1, j + 1));
      }
      fields(before.get(match[j]), s, changes);
    }
    for (int i = 0; i < before.size(); i++) {
      if (!kept[i]) {
        CustomerSegment s = before.get(i);
        changes.add(new Change(Kind.REMOVED, Place.segment(s.id(), null), s.name(), s.name(),
            null));
      }
    }
    return changes;
  }

  private static int[] match(List<CustomerSegment> before, List<CustomerSegment> after) {
    Map<String, Integer> byId = new HashMap<>();
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      byId.put(before.get(i).id(), i);
    }
    int[] match = new int[after.size()];
    boolean[] taken = new boolean[before.size()];
    for (int j = 0; j < after.size(); j++) {
      Integer i = byId.get(after.get(j).id());
      match[j] = i == null ? -1 : i;
      if (i != null) {
        taken[i] = true;
      }
    }
    for (int i = 0; i < before.size(); i++) {
      String name = before.get(i).name();
      if (!taken[i] && !TextKey.isBlank(name)) {
        byName.putIfAbsent(TextKey.of(name), i);
      }
    }
    for (int j = 0; j < after.size(); j++) {
      String name = after.get(j).name();
      if (match[j] < 0 && !TextKey.isBlank(name)) {
        Integer i = byName.remove(TextKey.of(name));
        match[j] = i == null ? -1 : i;
      }
    }
    return match;
  }

  private static void fields(CustomerSegment was, CustomerSegment now, List<Change> changes) {
    Map<String, Object> old = RecordLeaves.of(was);
    boolean inScores = false;
    for (Map.Entry<String, Object> leaf : RecordLeaves.of(now).entrySet()) {
      String field = leaf.getKey();
      boolean scores = field.startsWith("evaluation.");
      if (inScores && !scores) {
        attractiveness(was, now, changes);
      }
      inScores = scores;
      if (!field.equals("id") && !Objects.equals(old.get(field), leaf.getValue())) {
        changes.add(new Change(Kind.CHANGED, Place.segment(now.id(), field), now.name(),
            old.get(field), leaf.getValue()));
      }
    }
  }

  private static void attractiveness(CustomerSegment was, CustomerSegment now,
      List<Change> changes) {
    Double before = value(Attractiveness.of(was));
    Double after = value(Attractiveness.of(now));
    if (!Objects.equals(before, after)) {
      changes.add(new Change(Kind.CHANGED, Place.segment(now.id(), "attractiveness"), now.name(),
          before, after));
    }
  }

  private static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
