package app.toile.io;

/** Quotes a file's text in a message: shortened, and escaped so that the message stays one line. */
final class Quote {
  private static final int LIMIT = 40;

  private Quote() {}

  /** Text in double quotes, shortened, with line breaks and quotes escaped. */
  static String text(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : shorten(text).toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** The text, cut after a few words when it is long. */
  static String shorten(String text) {
    return text.length() <= LIMIT ? text : text.substring(0, LIMIT) + "…";
  }
}
