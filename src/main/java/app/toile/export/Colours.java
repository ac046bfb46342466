package app.toile.export;

import java.awt.Color;

/** The export's palette, and the parsing of {@code #RRGGBB} colours from the canvas. */
final class Colours {
  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x66, 0x66, 0x66);
  static final Color FAINT = new Color(0x9A, 0x9A, 0x9A);
  static final Color RULE = new Color(0xB8, 0xB8, 0xB8);
  static final Color PAPER = Color.WHITE;
  static final Color CARD = new Color(0xF3, 0xF3, 0xF3);
  static final Color ACCENT = new Color(0x1F, 0x5F, 0x99);
  /** The chip of a segment that has no colour of its own. */
  static final String NO_SEGMENT_COLOUR = "#9E9E9E";

  private Colours() {}

  /** Parses {@code #RRGGBB}; anything else gives {@code fallback}. */
  static Color parse(String hex, Color fallback) {
    if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
      return fallback;
    }
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }

  /** A segment's chip colour: its own when valid, neutral grey otherwise. */
  static String chip(String segmentColour) {
    return segmentColour != null && segmentColour.matches("#[0-9a-fA-F]{6}")
        ? segmentColour : NO_SEGMENT_COLOUR;
  }

  /**
   * Black or white, whichever contrasts more with {@code fill} (by the WCAG's relative luminance),
   * for a tag written on a chip of that colour.
   */
  static Color readableOn(Color fill) {
    double l = 0.2126 * linear(fill.getRed()) + 0.7152 * linear(fill.getGreen())
        + 0.0722 * linear(fill.getBlue());
    // Contrast with white is 1.05 / (l + 0.05), with black (l + 0.05) / 0.05: equal at l ≈ 0.179.
    return l > 0.179 ? Color.BLACK : Color.WHITE;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The colour a little darker, for the outline of a filled shape. */
  static Color outline(Color fill) {
    return new Color((int) (fill.getRed() * 0.78), (int) (fill.getGreen() * 0.78),
        (int) (fill.getBlue() * 0.78));
  }
}
