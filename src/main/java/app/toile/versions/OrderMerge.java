package app.toile.versions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of a merged list (the segments, one block's notes), by ids. The items both sides kept
 * follow the side that reordered them (ours when both did). Each item only one side has comes
 * after the item before it on that side; two sides adding after the same item put first the run
 * whose first id sorts first, so that the merge gives the same order whichever side is ours.
 */
final class OrderMerge {
  private OrderMerge() {}

  static List<String> of(List<String> base, List<String> ours, List<String> theirs,
      Set<String> kept) {
    Set<String> inBase = new HashSet<>(base);
    Set<String> inOurs = new HashSet<>(ours);
    Set<String> inTheirs = new HashSet<>(theirs);
    List<String> oursCommon = common(ours, inBase, inOurs, inTheirs, kept);
    List<String> baseCommon = common(base, inBase, inOurs, inTheirs, kept);
    List<String> order = oursCommon.equals(baseCommon)
        ? common(theirs, inBase, inOurs, inTheirs, kept) : oursCommon;
    Set<String> placed = new HashSet<>(order);
    // New items by the common item they follow (null: the front), one run per side.
    Map<String, List<List<String>>> runs = new HashMap<>();
    Set<String> collected = new HashSet<>();
    collect(ours, placed, kept, collected, runs);
    collect(theirs, placed, kept, collected, runs);
    List<String> merged = new ArrayList<>();
    insert(runs.get(null), merged);
    for (String id : order) {
      merged.add(id);
      insert(runs.get(id), merged);
    }
    Set<String> done = new HashSet<>(merged);
    for (String id : kept) {
      if (done.add(id)) {
        merged.add(id);
      }
    }
    return merged;
  }

  private static List<String> common(List<String> list, Set<String> a, Set<String> b,
      Set<String> c, Set<String> kept) {
    return list.stream().filter(id -> a.contains(id) && b.contains(id) && c.contains(id)
        && kept.contains(id)).toList();
  }

  private static void collect(List<String> side, Set<String> placed, Set<String> kept,
      Set<String> collected, Map<String, List<List<String>>> runs) {
    Map<String, List<String>> mine = new LinkedHashMap<>();
    String anchor = null;
    for (String id : side) {
      if (placed.contains(id)) {
        anchor = id;
      } else if (kept.contains(id) && collected.add(id)) {
        mine.computeIfAbsent(anchor, k -> new ArrayList<>()).add(id);
      }
    }
    mine.forEach((a, run) -> runs.computeIfAbsent(a, k -> new ArrayList<>()).add(run));
  }

  private static void insert(List<List<String>> sideRuns, List<String> merged) {
    if (sideRuns == null) {
      return;
    }
    sideRuns.stream().sorted((x, y) -> x.get(0).compareTo(y.get(0))).forEach(merged::addAll);
  }
}
