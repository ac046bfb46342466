package app.toile.versions;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Which items of a list changed place: the fewest that, taken out and put back, turn the earlier
 * order into the later one. The others keep their order (the longest increasing run of their
 * earlier positions), so moving one segment to the front reports that segment, not all the rest.
 */
final class OrderMoves {
  private OrderMoves() {}

  /**
   * The positions, in the later list, of the items that moved.
   *
   * @param earlier for each item of the later list, its position in the earlier list
   */
  static Set<Integer> moved(int[] earlier) {
    int n = earlier.length;
    int[] tails = new int[n];
    int[] tailAt = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int slot = Arrays.binarySearch(tails, 0, length, earlier[i]);
      slot = slot < 0 ? -slot - 1 : slot;
      tails[slot] = earlier[i];
      tailAt[slot] = i;
      previous[i] = slot > 0 ? tailAt[slot - 1] : -1;
      length = Math.max(length, slot + 1);
    }
    Set<Integer> kept = new HashSet<>();
    for (int i = length == 0 ? -1 : tailAt[length - 1]; i >= 0; i = previous[i]) {
      kept.add(i);
    }
    Set<Integer> moved = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (!kept.contains(i)) {
        moved.add(i);
      }
    }
    return moved;
  }
}
