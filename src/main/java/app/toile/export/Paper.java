package app.toile.export;

import java.util.Locale;

/** The paper sizes an export can use, always landscape, in PostScript points (1/72 inch). */
public enum Paper {
  A4(841.89f, 595.28f),
  A3(1190.55f, 841.89f),
  LETTER(792f, 612f);

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

  /** Parses {@code a4}, {@code a3} or {@code letter} (any case); null for anything else. */
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
