package app.toile.export.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines that fit a width: at spaces, and inside a word only when the word alone is
 * wider than the line. Line breaks in the text are kept; no-break spaces (U+00A0, U+202F) never
 * break, so "3 500 clients" stays on one line.
 */
public final class TextFit {
  private TextFit() {}

  /** The lines of {@code text} at this size; an empty list for blank text. */
  public static List<String> wrap(String text, float width, boolean bold, float size,
      TextMeasure measure) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return lines;
    }
    String printable = measure.printable(text.strip());
    for (String paragraph : printable.split("\r\n|\r|\n", -1)) {
      wrapParagraph(paragraph.strip(), width, bold, size, measure, lines);
    }
    return lines;
  }

  /**
   * At most {@code max} of the lines, the last one ending in "…" when some were left out. Only for
   * the canvas header, whose height must stay bounded whatever the title; content is never cut.
   */
  public static List<String> atMost(List<String> lines, int max, float width, boolean bold,
      float size, TextMeasure measure) {
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, max));
    String last = kept.get(max - 1);
    while (!last.isEmpty() && measure.width(last + "…", bold, size) > width) {
      last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
    }
    kept.set(max - 1, last.strip() + "…");
    return kept;
  }

  private static void wrapParagraph(String paragraph, float width, boolean bold, float size,
      TextMeasure measure, List<String> lines) {
    if (paragraph.isEmpty()) {
      lines.add("");
      return;
    }
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" +")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (measure.width(candidate, bold, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      for (int cut = longestPrefix(rest, width, bold, size, measure); cut < rest.length();
          cut = longestPrefix(rest, width, bold, size, measure)) {
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
  }

  /**
   * The length of the longest prefix that fits, at least one code point so wrapping ends. Found by
   * doubling then halving, so a very long word costs a few measures of a line, not of the word.
   */
  private static int longestPrefix(String word, float width, boolean bold, float size,
      TextMeasure measure) {
    int fits = word.offsetByCodePoints(0, 1);
    int tooLong = fits;
    while (tooLong < word.length() && fitsIn(word, tooLong, width, bold, size, measure)) {
      fits = tooLong;
      tooLong = Math.min(word.length(), tooLong * 2);
    }
    if (tooLong >= word.length() && fitsIn(word, word.length(), width, bold, size, measure)) {
      return word.length();
    }
    while (tooLong - fits > 1) {
      int mid = whole(word, (fits + tooLong) / 2);
      if (mid <= fits) {
        break;
      }
      if (fitsIn(word, mid, width, bold, size, measure)) {
        fits = mid;
      } else {
        tooLong = mid;
      }
    }
    return fits;
  }

  private static boolean fitsIn(String word, int end, float width, boolean bold, float size,
      TextMeasure measure) {
    return measure.width(word.substring(0, whole(word, end)), bold, size) <= width;
  }

  /** Moves an index off the middle of a surrogate pair. */
  private static int whole(String s, int index) {
    return index > 0 && index < s.length() && Character.isLowSurrogate(s.charAt(index))
        ? index - 1 : index;
  }
}
