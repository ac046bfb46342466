package app.toile.bench;

import java.util.Locale;

/**
 * One line of the benchmark table: a measure, its floor from the same run, their ratio and the
 * target the ratio must not exceed. A row that could not be measured says why instead. A reference
 * row ({@code judged} false) has no target of its own: it is printed for comparison and never
 * fails the run.
 */
record Row(String measure, String floor, String measured, String floorFigure, double ratio,
    double target, String skipped, boolean judged) {

  static Row of(String measure, String floor, String measured, String floorFigure, double ratio,
      double target) {
    return new Row(measure, floor, measured, floorFigure, ratio, target, null, true);
  }

  static Row skipped(String measure, String floor, double target, String why) {
    return new Row(measure, floor, "-", "-", Double.NaN, target, why, true);
  }

  /** A row for comparison only, from two median durations: no target, no verdict. */
  static Row reference(String measure, String floor, Interleaved.Medians medians) {
    return new Row(measure, floor, millis(medians.measure()), millis(medians.floor()),
        medians.measure() / medians.floor(), Double.NaN, null, false);
  }

  /** A row built from two median durations. */
  static Row timed(String measure, String floor, Interleaved.Medians medians, double target) {
    return of(measure, floor, millis(medians.measure()), millis(medians.floor()),
        medians.measure() / medians.floor(), target);
  }

  boolean meets() {
    return skipped == null && (!judged || ratio <= target);
  }

  String verdict() {
    if (skipped != null) {
      return "skipped: " + skipped;
    }
    if (!judged) {
      return "reference, not judged";
    }
    return meets() ? "ok" : "MISSED";
  }

  String ratioText() {
    return skipped != null ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  String targetText() {
    if (!judged) {
      return "-";
    }
    return String.format(Locale.ROOT, "≤ %s", target == Math.rint(target)
        ? String.valueOf((long) target) : String.valueOf(target));
  }

  static String millis(double nanos) {
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }
}
