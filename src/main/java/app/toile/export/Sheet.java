package app.toile.export;

import app.toile.export.layout.TextFit;
import app.toile.export.layout.TextMeasure;
import java.util.List;

/**
 * What a presentation page says, before it is drawn: a title, a few key figures, then parts each
 * under its heading. The PDF page and the slide draw the same sheet, so a deck carries every text
 * its presentation PDF carries. A sheet holds only what is filled in: nothing in it reads "Not
 * set".
 *
 * @param title the page's title
 * @param chip the colour of the chip before the title, as {@code #RRGGBB}; null for none
 * @param subtitle the faint line beside or under the title; null for none
 * @param figures the key figures shown large across the top, possibly none
 * @param parts the parts, in order, none of them empty
 */
record Sheet(String title, String chip, String subtitle, List<Figure> figures, List<Part> parts) {

  Sheet {
    figures = List.copyOf(figures);
    parts = parts.stream().filter(p -> !p.lines().isEmpty()).toList();
  }

  /** Whether the sheet says anything below its title. */
  boolean isEmpty() {
    return figures.isEmpty() && parts.isEmpty();
  }

  /** A figure shown large, its label under it: "3 500" over "customers won". */
  record Figure(String value, String label) {

    /** The most lines any of the figures' labels takes in a tile this wide, at least one. */
    static int labelLines(List<Figure> figures, float width, float size, TextMeasure measure) {
      int lines = 1;
      for (Figure f : figures) {
        lines = Math.max(lines, TextFit.wrap(f.label(), width, false, size, measure).size());
      }
      return lines;
    }
  }

  /**
   * A part under its heading.
   *
   * @param opensColumn whether it starts at the top of a column of its own, beside the parts
   *     before it rather than under them
   */
  record Part(String heading, List<Line> lines, boolean opensColumn) {

    Part {
      lines = List.copyOf(lines);
    }

    Part(String heading, List<Line> lines) {
      this(heading, lines, false);
    }
  }

  /** The kinds of line a part holds. */
  enum Kind {
    /** A paragraph. */
    TEXT,
    /** A paragraph set apart, such as the segment's need. */
    EMPHASIS,
    /** A label and its value. */
    FACT,
    /** A point of a list. */
    BULLET,
    /** A score out of 5 as a bar, the score as text beside it. */
    BAR
  }

  /**
   * One line of a part.
   *
   * @param kind what it is
   * @param label a fact's or a bar's label; null otherwise
   * @param text the text, a fact's value or a bar's score as text ("4/5")
   * @param score a bar's score from 1 to 5; null otherwise
   */
  record Line(Kind kind, String label, String text, Integer score) {

    static Line text(String text) {
      return new Line(Kind.TEXT, null, text, null);
    }

    static Line emphasis(String text) {
      return new Line(Kind.EMPHASIS, null, text, null);
    }

    static Line fact(String label, String value) {
      return new Line(Kind.FACT, label, value, null);
    }

    static Line bullet(String text) {
      return new Line(Kind.BULLET, null, text, null);
    }

    static Line bar(String label, int score, String text) {
      return new Line(Kind.BAR, label, text, score);
    }
  }
}
