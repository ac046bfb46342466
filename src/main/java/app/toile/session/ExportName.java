package app.toile.session;

/**
 * The file name an export proposes, from the canvas's title: what a file system refuses (slashes,
 * colons, quotes, control characters) becomes a space, runs of spaces (no-break ones included)
 * become one, and the name stays short enough for every file system.
 */
public final class ExportName {
  /** Longest name proposed, in characters, before the extension. */
  static final int MAX = 80;

  private ExportName() {}

  /**
   * The name without extension for a canvas titled {@code title}; {@code fallback} (the canvas's
   * file name, "Untitled canvas") when the title gives none.
   */
  public static String of(String title, String fallback) {
    String name = title == null ? "" : clean(title);
    return name.isEmpty() ? clean(fallback == null ? "" : fallback) : name;
  }

  private static String clean(String text) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp)
          || Character.isISOControl(cp) || "/\\:*?\"<>|".indexOf(cp) >= 0;
      if (blank) {
        space = out.length() > 0;
        continue;
      }
      if (out.codePointCount(0, out.length()) >= MAX) {
        break;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    // A name ending in a dot or a space is trouble on Windows; one starting with a dot is hidden.
    String s = out.toString().strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    while (s.startsWith(".")) {
      s = s.substring(1).strip();
    }
    return s;
  }
}
