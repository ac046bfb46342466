package app.toile.validation;

import java.math.BigDecimal;

/**
 * The allowed range of every bounded number in a canvas, and the value as the rules see it: a value
 * outside its range is reported once by {@code SEGMENT_BAD_RANGE} and read as unset (null) by every
 * other rule and by attractiveness.
 */
public final class Ranges {
  /** Youngest allowed age. */
  public static final int AGE_MIN = 0;
  /** Oldest allowed age. */
  public static final int AGE_MAX = 120;
  /** Lowest evaluation score. */
  public static final int SCORE_MIN = 1;
  /** Highest evaluation score. */
  public static final int SCORE_MAX = 5;

  private Ranges() {}

  public static boolean isAge(int v) {
    return v >= AGE_MIN && v <= AGE_MAX;
  }

  public static boolean isScore(int v) {
    return v >= SCORE_MIN && v <= SCORE_MAX;
  }

  /** A market share in percent: 0..100 (NaN is out of range). */
  public static boolean isShare(double v) {
    return v >= 0 && v <= 100;
  }

  /** The age when set and in range, else null. */
  public static Integer age(Integer v) {
    return v != null && isAge(v) ? v : null;
  }

  /** The score when set and in range, else null. */
  public static Integer score(Integer v) {
    return v != null && isScore(v) ? v : null;
  }

  /** The share when set and in range, else null. */
  public static Double share(Double v) {
    return v != null && isShare(v) ? v : null;
  }

  /** Whether a size, count or amount is set and negative. */
  public static boolean isNegative(Long v) {
    return v != null && v < 0;
  }

  /** Whether an amount is set and negative. */
  public static boolean isNegative(BigDecimal v) {
    return v != null && v.signum() < 0;
  }
}
