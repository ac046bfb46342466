package app.toile.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the names of a canvas's snapshots unique, so that a name picks one snapshot on the command
 * line ({@code --version NAME}) and in the editor. Names are compared with white space at both ends
 * ignored and nothing else; a name already taken gets the first free {@code " (2)"},
 * {@code " (3)"}... after it, as two branches that both saved a "v2" would.
 */
public final class SnapshotNames {
  private SnapshotNames() {}

  /** The snapshots, in their order, each whose name an earlier one took renamed. */
  static List<Snapshot> unique(List<Snapshot> snapshots) {
    Set<String> taken = new HashSet<>();
    List<Snapshot> out = null;
    for (int i = 0; i < snapshots.size(); i++) {
      Snapshot s = snapshots.get(i);
      String name = free(taken, s.name());
      taken.add(key(name));
      if (!name.equals(s.name())) {
        out = out == null ? new ArrayList<>(snapshots) : out;
        out.set(i, s.withName(name));
      }
    }
    return out == null ? snapshots : out;
  }

  /** A name for a new snapshot: the wished one, or the first free numbered form of it. */
  public static String free(Canvas canvas, String wished) {
    Set<String> taken = new HashSet<>();
    canvas.snapshots().forEach(s -> taken.add(key(s.name())));
    return free(taken, wished == null ? "" : wished);
  }

  /** Whether two snapshot names name the same snapshot. */
  public static boolean same(String a, String b) {
    return a != null && b != null && key(a).equals(key(b));
  }

  private static String free(Set<String> taken, String wished) {
    if (!taken.contains(key(wished))) {
      return wished;
    }
    for (int n = 2; ; n++) {
      String candidate = wished.strip() + " (" + n + ")";
      if (!taken.contains(key(candidate))) {
        return candidate;
      }
    }
  }

  private static String key(String name) {
    return name.strip();
  }
}
