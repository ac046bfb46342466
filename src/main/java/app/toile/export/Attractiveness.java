package app.toile.export;

import app.toile.model.Evaluation;

/**
 * A segment's attractiveness as the domain defines it: the mean of its scores that are set and
 * within 1..5, or null when there is none.
 */
final class Attractiveness {
  private Attractiveness() {}

  static Double of(Evaluation e) {
    int sum = 0;
    int n = 0;
    for (Evaluation.Score s : Evaluation.Score.values()) {
      Integer v = e.score(s);
      if (v != null && v >= 1 && v <= 5) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? null : (double) sum / n;
  }
}
