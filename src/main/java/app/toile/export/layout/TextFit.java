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
      while (measure.width(rest, bold, size) > width) {
        int cut = longestPrefix(rest, width, bold, size, measure);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
  }

  /** The length of the longest prefix that fits, at least one code point so wrapping ends. */
  private static int longestPrefix(String word, float width, boolean bold, float size,
      TextMeasure measure) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (measure.width(word.substring(0, next), bold, size) > width) {
        break;
      }
      end = next;
    }
    return end;
  }
}
