package app.toile.validation;

import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import java.util.OptionalDouble;

/**
 * How attractive a segment is: the mean of its evaluation scores that are set and in range (1..5),
 * or empty when none is. Out-of-range scores are ignored, as every rule ignores them.
 */
public final class Attractiveness {
  private Attractiveness() {}

  /** The segment's attractiveness, 1..5, or empty when no score is set. */
  public static OptionalDouble of(CustomerSegment segment) {
    return of(segment.evaluation());
  }

  /** The attractiveness of an evaluation, 1..5, or empty when no score is set. */
  public static OptionalDouble of(Evaluation evaluation) {
    int sum = 0;
    int count = 0;
    for (Evaluation.Score s : Evaluation.Score.values()) {
      Integer v = Ranges.score(evaluation.score(s));
      if (v != null) {
        sum += v;
        count++;
      }
    }
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / count);
  }

  /** How many scores are set and in range. */
  public static int scoreCount(Evaluation evaluation) {
    int count = 0;
    for (Evaluation.Score s : Evaluation.Score.values()) {
      if (Ranges.score(evaluation.score(s)) != null) {
        count++;
      }
    }
    return count;
  }
}
