package app.toile.versions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The three-way merge of lists whose items are whole values (the versions kept, the conflicts
 * left): an item stays unless one side removed it, and an item one side added is added, ours
 * first, then theirs.
 */
final class Sets {
  private Sets() {}

  static <T> List<T> merge(List<T> base, List<T> ours, List<T> theirs) {
    Set<T> inBase = new HashSet<>(base);
    Set<T> inOurs = new HashSet<>(ours);
    Set<T> inTheirs = new HashSet<>(theirs);
    List<T> merged = new ArrayList<>();
    for (T item : ours) {
      if (inTheirs.contains(item) || !inBase.contains(item)) {
        merged.add(item);
      }
    }
    for (T item : theirs) {
      if (!inBase.contains(item) && !inOurs.contains(item)) {
        merged.add(item);
      }
    }
    return merged;
  }
}
