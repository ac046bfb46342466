package app.toile.bench;

import java.util.Locale;

/**
 * One line of the benchmark table: a measure, its floor from the same run, their ratio and the
 * target the ratio must not exceed. A row that could not be measured says why instead.
 */
record Row(String measure, String floor, String measured, String floorFigure, double ratio,
    double target, String skipped) {

  static Row of(String measure, String floor, String measured, String floorFigure, double ratio,
      double target) {
    return new Row(measure, floor, measured, floorFigure, ratio, target, null);
  }

  static Row skipped(String measure, String floor, double target, String why) {
    return new Row(measure, floor, "-", "-", Double.NaN, target, why);
  }

  /** A row built from two median durations. */
  static Row timed(String measure, String floor, Interleaved.Medians medians, double target) {
    return of(measure, floor, millis(medians.measure()), millis(medians.floor()),
        medians.measure() / medians.floor(), target);
  }

  boolean meets() {
    return skipped == null && ratio <= target;
  }

  String verdict() {
    if (skipped != null) {
      return "skipped: " + skipped;
    }
    return meets() ? "ok" : "MISSED";
  }

  String ratioText() {
    return skipped != null ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  String targetText() {
    return String.format(Locale.ROOT, "≤ %s", target == Math.rint(target)
        ? String.valueOf((long) target) : String.valueOf(target));
  }

  static String millis(double nanos) {
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }
}
