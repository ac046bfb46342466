package app.toile.versions;

import app.toile.validation.TextKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which note of the earlier canvas each note of the later one is. First by id, which a copied
 * file keeps; then, for notes whose ids differ (a canvas imported again, a note deleted and typed
 * anew), by the same text (case and accents aside), then by a text at least
 * {@link Similarity#SAME_NOTE} alike, the most alike pairs first. The fuzzy pass is skipped past
 * {@link #MAX_PAIRS} pairs to weigh, so that two unrelated canvases of thousands of notes still
 * compare in a moment; exact texts are still matched then.
 */
final class NoteMatching {
  static final long MAX_PAIRS = 4_000_000;

  private NoteMatching() {}

  /** For each later note (by its position in {@code after}), its earlier note's position, or -1. */
  static int[] match(List<PlacedNote> before, List<PlacedNote> after) {
    int[] match = new int[after.size()];
    boolean[] taken = new boolean[before.size()];
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      byId.put(before.get(i).note().id(), i);
    }
    for (int j = 0; j < after.size(); j++) {
      Integer i = byId.get(after.get(j).note().id());
      match[j] = i == null ? -1 : i;
      if (i != null) {
        taken[i] = true;
      }
    }
    byText(before, after, match, taken);
    bySimilarity(before, after, match, taken);
    return match;
  }

  private static void byText(List<PlacedNote> before, List<PlacedNote> after, int[] match,
      boolean[] taken) {
    Map<String, ArrayDeque<Integer>> free = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      if (!taken[i]) {
        free.computeIfAbsent(key(before.get(i)), k -> new ArrayDeque<>()).add(i);
      }
    }
    for (int j = 0; j < after.size(); j++) {
      ArrayDeque<Integer> same = match[j] < 0 ? free.get(key(after.get(j))) : null;
      if (same != null && !same.isEmpty()) {
        match[j] = same.poll();
        taken[match[j]] = true;
      }
    }
  }

  private static String key(PlacedNote n) {
    String text = n.note().text();
    return text == null || TextKey.isBlank(text) ? "" : TextKey.of(text);
  }

  private record Pair(int before, int after, double similarity, boolean sameBlock) {}

  private static void bySimilarity(List<PlacedNote> before, List<PlacedNote> after, int[] match,
      boolean[] taken) {
    List<Integer> left = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!taken[i]) {
        left.add(i);
      }
    }
    for (int j = 0; j < after.size(); j++) {
      if (match[j] < 0) {
        right.add(j);
      }
    }
    if (left.isEmpty() || right.isEmpty() || (long) left.size() * right.size() > MAX_PAIRS) {
      return;
    }
    Map<Integer, int[]> pairsOf = new HashMap<>();
    left.forEach(i -> pairsOf.put(i, Similarity.pairs(before.get(i).note().text())));
    List<Pair> candidates = new ArrayList<>();
    for (int j : right) {
      int[] b = Similarity.pairs(after.get(j).note().text());
      for (int i : left) {
        double s = Similarity.of(pairsOf.get(i), b);
        if (s >= Similarity.SAME_NOTE) {
          candidates.add(new Pair(i, j, s, before.get(i).block() == after.get(j).block()));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Pair::similarity).reversed()
        .thenComparing(Pair::sameBlock, Comparator.reverseOrder())
        .thenComparingInt(Pair::after).thenComparingInt(Pair::before));
    for (Pair p : candidates) {
      if (!taken[p.before()] && match[p.after()] < 0) {
        taken[p.before()] = true;
        match[p.after()] = p.before();
      }
    }
  }
}
