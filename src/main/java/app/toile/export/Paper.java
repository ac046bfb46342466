package app.toile.export;

import java.util.Locale;

/**
 * The paper sizes an export can use, always landscape, in PostScript points (1/72 inch): A4, A3
 * and Letter for the desk, A2, A1 and A0 for the wall.
 */
public enum Paper {
  A4(841.89f, 595.28f),
  A3(1190.55f, 841.89f),
  LETTER(792f, 612f),
  A2(1683.78f, 1190.55f),
  A1(2383.94f, 1683.78f),
  A0(3370.39f, 2383.94f);

  private final float width;
  private final float height;

  Paper(float width, float height) {
    this.width = width;
    this.height = height;
  }

  /** Width of the landscape page in points. */
  public float width() {
    return width;
  }

  /** Height of the landscape page in points. */
  public float height() {
    return height;
  }

  /**
   * How much larger than on A4 everything on the page is drawn (type, rules, margins): 1 on A4
   * and Letter, √2 on A3, 2 on A2, 2√2 on A1, 4 on A0. A poster on larger paper is the same
   * poster, read from further away.
   */
  public float scale() {
    return Math.max(1f, Math.min(width / A4.width, height / A4.height));
  }

  /** The name the command line and the files use: {@code a4}, {@code letter}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a paper's {@linkplain #key() key} (any case); null for anything else. */
  public static Paper parse(String name) {
    if (name == null) {
      return null;
    }
    for (Paper p : values()) {
      if (p.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
        return p;
      }
    }
    return null;
  }
}
