package app.toile.io;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The field names of each object being read, to refuse a name given twice in one object: the
 * check Jackson's strict duplicate detection makes, for a fraction of its cost on a canvas's many
 * small objects (Jackson makes a hash set for every object of three fields or more). Names are
 * compared in a short list per open object, reused from object to object; only an object with
 * many fields gets a set.
 */
final class FieldNames {
  /** Up to this many fields, looking through the list costs less than hashing. */
  private static final int SHORT = 16;

  private String[][] names = new String[8][];
  private int[] counts = new int[8];
  private Set<String>[] many = newSets(8);
  private int depth = -1;

  /** An object starts: its fields come next. */
  void enter() {
    depth++;
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
      many = Arrays.copyOf(many, depth * 2);
    }
    if (names[depth] == null) {
      names[depth] = new String[SHORT];
    }
    counts[depth] = 0;
    many[depth] = null;
  }

  /** The current object ends. */
  void leave() {
    depth--;
  }

  /** Adds a field name of the current object; false when the object already has it. */
  boolean add(String name) {
    int count = counts[depth]++;
    String[] seen = names[depth];
    if (count < SHORT) {
      for (int i = 0; i < count; i++) {
        if (seen[i].equals(name)) {
          return false;
        }
      }
      seen[count] = name;
      return true;
    }
    if (many[depth] == null) {
      many[depth] = new HashSet<>(List.of(seen));
    }
    return many[depth].add(name);
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] newSets(int size) {
    return (Set<String>[]) new Set<?>[size];
  }
}
