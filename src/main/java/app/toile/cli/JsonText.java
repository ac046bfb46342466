package app.toile.cli;

import app.toile.io.JsonDocuments;

/**
 * Single JSON values for the validation report, written by the io package's mapper (Jackson stays
 * in {@code io}), which escapes every character {@link TerminalText} keeps from a terminal.
 */
final class JsonText {
  private JsonText() {}

  /** A JSON string literal for a text; null gives {@code null}. */
  static String string(String s) {
    return JsonDocuments.pretty(s);
  }

  /** A JSON number for a double, or {@code null} when it is not finite (JSON has no NaN). */
  static String number(double d) {
    return JsonDocuments.pretty(value(d));
  }

  /** A double as the report holds it: whole values without a fraction, null when not finite. */
  static Object value(double d) {
    if (!Double.isFinite(d)) {
      return null;
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
  }
}
