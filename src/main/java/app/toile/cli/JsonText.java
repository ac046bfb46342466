package app.toile.cli;

/**
 * The few pieces of JSON syntax the validation report needs, written by hand so that Jackson stays
 * in {@code io}. Strings are escaped per RFC 8259: quote, backslash and every control character;
 * so is every other character {@link TerminalText} keeps from a terminal (DEL, C1 controls,
 * bidirectional overrides, U+2028 and U+2029, which also makes the output safe to paste into
 * JavaScript), so that the report is as safe to print as the text one.
 */
final class JsonText {
  private JsonText() {}

  /** A JSON string literal for a text; null gives {@code null}. */
  static String string(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (TerminalText.isUnsafe(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** A JSON number for a double, or null when it is not finite (JSON has no NaN). */
  static String number(double d) {
    if (!Double.isFinite(d)) {
      return "null";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
