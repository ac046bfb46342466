package app.toile.ui.base;

import java.util.regex.Pattern;

/**
 * Where a line of the canvas may break besides spaces. JavaFX wraps at spaces only: a compound
 * word ("experts-comptables", "Co-développement") too wide for a narrow column would be cut at
 * any letter. A hair space after its hyphen, about a pixel wide, lets the line break there, as
 * print does.
 */
public final class LineBreaks {
  /** A hyphen between two letters. */
  private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
  private static final String HAIR_SPACE = "\u200A";

  private LineBreaks() {}

  /** The text to show, with a break allowed after each hyphen inside a word. */
  public static String afterHyphens(String text) {
    return text == null ? null : HYPHEN.matcher(text).replaceAll("-" + HAIR_SPACE);
  }
}
