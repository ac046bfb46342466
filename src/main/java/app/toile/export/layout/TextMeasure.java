package app.toile.export.layout;

/**
 * Font metrics as the layout needs them, so that measuring, wrapping and shrinking do not depend
 * on one output format: the PDF export measures with its embedded fonts, another export can
 * measure with its own.
 */
public interface TextMeasure {

  /** Width in points of a single line of text (already {@link #printable printable}). */
  float width(String text, boolean bold, float size);

  /**
   * The text with every character the fonts cannot show replaced by one they can, and control
   * characters other than line breaks turned into spaces. Wrapping works on this form only.
   */
  String printable(String text);

  /** Distance between two baselines. */
  default float leading(float size) {
    return size * 1.22f;
  }
}
