package app.toile.versions;

import app.toile.validation.TextKey;
import java.util.Arrays;

/**
 * How alike two notes' texts read, from 0 (nothing shared) to 1 (the same): the Sørensen–Dice
 * coefficient of the pairs of neighbouring letters of their text keys (case, accents and the white
 * space at both ends aside). It tells a reworded note ("Cash forecast" → "Cash forecast for 12
 * months") from another note, in a time linear in the texts' length, whatever the words' order.
 */
final class Similarity {
  /**
   * Two notes at least this alike are the same note edited. Distinct notes of one canvas can be
   * close ("Réseau de cartes" and "Frais du réseau de cartes" share 0.77 in the card issuer
   * sample, the closest pair of the fourteen samples, checked by {@code SimilarityTest}), so the
   * bar sits above that: a note that misses it reads as one removed and one added, which is
   * true enough, while a wrong match would tell of an edit nobody made.
   */
  static final double SAME_NOTE = 0.8;

  private Similarity() {}

  /** The letter pairs of a text's key, sorted, each pair packed in an int. */
  static int[] pairs(String text) {
    String key = text == null || TextKey.isBlank(text) ? "" : TextKey.of(text);
    int[] points = key.codePoints().toArray();
    if (points.length < 2) {
      // A one-letter note is its own pair, so that "A" and "A" stay alike.
      return points.length == 0 ? new int[0] : new int[] {points[0]};
    }
    int[] pairs = new int[points.length - 1];
    for (int i = 0; i + 1 < points.length; i++) {
      pairs[i] = points[i] * 31 + points[i + 1];
    }
    Arrays.sort(pairs);
    return pairs;
  }

  /** The coefficient of two sorted pair lists from {@link #pairs}. */
  static double of(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return a.length == b.length ? 1 : 0;
    }
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * shared / (a.length + b.length);
  }
}
