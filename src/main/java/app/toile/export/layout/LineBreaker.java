package app.toile.export.layout;

import java.util.List;

/**
 * Breaks paragraphs into lines that fit a width, greedily, in time proportional to their length:
 * a line's width is added up as words join it, never measured again from its start, and a word
 * wider than the line is cut where its characters reach the edge. Each character is measured at
 * most a few times, so a megabyte of text, or a word of thousands of letters, costs its length.
 *
 * <p>A cut inside a word falls between whole characters: never inside a surrogate pair, and not
 * before a combining mark, a variation selector, an emoji modifier or after a zero-width joiner,
 * unless the first such cluster alone is wider than the line.
 */
final class LineBreaker {
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private final float width;
  private final boolean bold;
  private final float size;
  private final TextMeasure measure;
  private final float space;
  private final List<String> lines;
  private final int most;
  /** Units of the piece {@link #longestFit} last found. */
  private float fitted;

  /** Adds lines to {@code lines}, and stops adding once it holds {@code most}. */
  LineBreaker(float width, boolean bold, float size, TextMeasure measure, List<String> lines,
      int most) {
    this.width = width;
    this.bold = bold;
    this.size = size;
    this.measure = measure;
    this.space = measure.advance(' ', bold);
    this.lines = lines;
    this.most = most;
  }

  /** Whether no more lines are wanted. */
  boolean full() {
    return lines.size() >= most;
  }

  /**
   * Breaks one paragraph: printable, stripped, without line breaks. Words are what spaces
   * separate; a line holds them one space apart.
   */
  void paragraph(String p) {
    if (p.isEmpty()) {
      add("");
      return;
    }
    StringBuilder line = new StringBuilder();
    float lineUnits = 0;
    int i = 0;
    while (i < p.length() && !full()) {
      if (p.charAt(i) == ' ') {
        i++;
        continue;
      }
      int end = p.indexOf(' ', i);
      end = end < 0 ? p.length() : end;
      if (line.length() > 0) {
        float units = unitsIfFits(p, i, end, lineUnits + space);
        if (units >= 0) {
          line.append(' ').append(p, i, end);
          lineUnits = units;
          i = end;
          continue;
        }
        add(line.toString());
        line.setLength(0);
      }
      int start = i;
      for (int cut = longestFit(p, start, end); cut < end && !full();
          cut = longestFit(p, start, end)) {
        add(p.substring(start, cut));
        start = cut;
      }
      line.append(p, start, end);
      lineUnits = fitted;
      i = end;
    }
    if (line.length() > 0) {
      add(line.toString());
    }
  }

  private void add(String line) {
    if (!full()) {
      lines.add(line);
    }
  }

  /**
   * The units of {@code p[from, to)} added to {@code units}, or -1 as soon as they pass the
   * width: the rest of the word is then not measured.
   */
  private float unitsIfFits(String p, int from, int to, float units) {
    if (measure.points(units, size) > width) {
      return -1;
    }
    for (int i = from; i < to; ) {
      int cp = p.codePointAt(i);
      units += measure.advance(cp, bold);
      if (measure.points(units, size) > width) {
        return -1;
      }
      i += Character.charCount(cp);
    }
    return units;
  }

  /**
   * The end of the longest start of {@code p[from, to)} that fits on a line of its own, ending
   * where a character cluster ends when one does; at least one code point, so that breaking
   * always moves on. Sets {@link #fitted} to its units.
   */
  private int longestFit(String p, int from, int to) {
    float units = 0;
    int clusterEnd = -1;
    float clusterUnits = 0;
    int pointEnd = -1;
    float pointUnits = 0;
    int previous = -1;
    for (int i = from; i < to; ) {
      int cp = p.codePointAt(i);
      if (i > from) {
        pointEnd = i;
        pointUnits = units;
        if (startsCluster(cp, previous)) {
          clusterEnd = i;
          clusterUnits = units;
        }
      }
      float next = units + measure.advance(cp, bold);
      i += Character.charCount(cp);
      if (measure.points(next, size) > width) {
        if (clusterEnd > from) {
          fitted = clusterUnits;
          return clusterEnd;
        }
        if (pointEnd > from) {
          fitted = pointUnits;
          return pointEnd;
        }
        fitted = next;
        return i;
      }
      units = next;
      previous = cp;
    }
    fitted = units;
    return to;
  }

  /** Whether a line may start with {@code cp} when {@code previous} ends the one before. */
  static boolean startsCluster(int cp, int previous) {
    if (previous == ZERO_WIDTH_JOINER || cp == ZERO_WIDTH_JOINER) {
      return false;
    }
    int type = Character.getType(cp);
    boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
    boolean modifier = cp >= 0x1F3FB && cp <= 0x1F3FF;
    return !mark && !modifier;
  }
}
