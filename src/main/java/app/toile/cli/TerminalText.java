package app.toile.cli;

/**
 * Makes text from a file safe to print on a terminal. A canvas's titles and names, and the file
 * names on the command line, are anyone's text: a control character in them could move the
 * cursor, erase report lines, set the window's title or ring the bell, and a bidirectional
 * override could make a line read differently from what it holds. Each such character is shown
 * as a visible escape instead, such as {@code \u001B} for ESC.
 */
final class TerminalText {
  private TerminalText() {}

  /**
   * Whether a character must not reach a terminal as it is: C0 controls (including tab and
   * carriage return), DEL, C1 controls, the line and paragraph separators, and the bidirectional
   * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
   */
  static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** A character as its visible escape, {@code \u001B}. */
  static String escape(char c) {
    return String.format("\\u%04X", (int) c);
  }

  /**
   * The text with every unsafe character escaped, except the line feeds that separate the lines
   * Toile prints; the same text when there is none (the usual case, at no cost).
   */
  static String escape(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '\n' || !isUnsafe(s.charAt(i)))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\n' && isUnsafe(c)) {
        sb.append(escape(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
