package app.toile.export.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines that fit a width: at spaces, and inside a word only when the word alone is
 * wider than the line, between whole characters (see {@link LineBreaker}). Line breaks in the text
 * are kept; no-break spaces (U+00A0, U+202F) never break, so "3 500 clients" stays on one line.
 * Everything here takes time in proportion to the text it reads.
 */
public final class TextFit {
  private static final String ELLIPSIS = "…";

  private TextFit() {}

  /** The lines of {@code text} at this size; an empty list for blank text. */
  public static List<String> wrap(String text, float width, boolean bold, float size,
      TextMeasure measure) {
    return wrap(text, width, bold, size, measure, Integer.MAX_VALUE);
  }

  /**
   * The first {@code most} lines of {@code text} at this size: wrapping stops there, so a caller
   * that only needs to know whether the text takes more than a few lines does not wrap it all.
   */
  public static List<String> wrap(String text, float width, boolean bold, float size,
      TextMeasure measure, int most) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isBlank() || most <= 0) {
      return lines;
    }
    String stripped = text.strip();
    LineBreaker breaker = new LineBreaker(width, bold, size, measure, lines, most);
    int start = 0;
    while (!breaker.full()) {
      int end = start;
      while (end < stripped.length() && !isLineBreak(stripped.charAt(end))) {
        end++;
      }
      // Each paragraph is made printable when it is reached: the first lines of a long note (a
      // block trying a size) do not cost the reading of the whole note.
      breaker.paragraph(measure.printable(stripped.substring(start, end)).strip());
      if (end == stripped.length()) {
        break;
      }
      boolean crlf = stripped.startsWith("\r\n", end);
      start = end + (crlf ? 2 : 1);
    }
    return lines;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /**
   * At most {@code max} lines of {@code text}, the last one ending in "…" when some were left out.
   * Wraps only those lines and one more, however long the text.
   */
  public static List<String> atMost(String text, int max, float width, boolean bold, float size,
      TextMeasure measure) {
    return atMost(wrap(text, width, bold, size, measure, max + 1), max, width, bold, size,
        measure);
  }

  /**
   * At most {@code max} of the lines, the last one ending in "…" when some were left out. Only for
   * headers and footers, whose height must stay bounded whatever the text; content is never cut.
   */
  public static List<String> atMost(List<String> lines, int max, float width, boolean bold,
      float size, TextMeasure measure) {
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, max));
    kept.set(max - 1, ellipsized(kept.get(max - 1), width, bold, size, measure));
    return kept;
  }

  /**
   * The line as it is when it fits, else its longest start that fits with "…" after it. Reads the
   * line only as far as the width reaches.
   */
  public static String shorten(String line, float width, boolean bold, float size,
      TextMeasure measure) {
    float units = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      units += measure.advance(cp, bold);
      if (measure.points(units, size) > width) {
        return ellipsized(line, width, bold, size, measure);
      }
      i += Character.charCount(cp);
    }
    return line;
  }

  /**
   * The longest start of the line that fits with "…" after it, ending where a character cluster
   * ends, stripped, then "…"; only "…" when no start fits.
   */
  static String ellipsized(String line, float width, boolean bold, float size,
      TextMeasure measure) {
    float ellipsis = measure.advance(ELLIPSIS.codePointAt(0), bold);
    int end = 0;
    float units = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      units += measure.advance(cp, bold);
      i += Character.charCount(cp);
      if (measure.points(units + ellipsis, size) > width) {
        break;
      }
      if (i == line.length() || LineBreaker.startsCluster(line.codePointAt(i), cp)) {
        end = i;
      }
    }
    return line.substring(0, end).strip() + ELLIPSIS;
  }
}
