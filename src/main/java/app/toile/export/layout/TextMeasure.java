package app.toile.export.layout;

/**
 * Font metrics as the layout needs them, so that measuring, wrapping and shrinking do not depend
 * on one output format: the PDF export measures with its embedded fonts, another export can
 * measure with its own.
 *
 * <p>The metrics are given one code point at a time, in thousandths of the font size, so that the
 * layout can add up a line as it grows instead of measuring it again from its start. A text's
 * width is its advances added in order, which is how PDFBox measures a string, to the last bit.
 */
public interface TextMeasure {
  /** The units of {@link #advance}: thousandths of the font size. */
  float UNITS = 1000f;

  /** How far one code point (already {@link #printable printable}) moves the pen, in units. */
  float advance(int codePoint, boolean bold);

  /**
   * The text with every character the fonts cannot show replaced by one they can, and control
   * characters other than line breaks turned into spaces. Wrapping works on this form only.
   */
  String printable(String text);

  /** Points at {@code size} for a sum of advances. */
  default float points(float units, float size) {
    return units / UNITS * size;
  }

  /** Width in points of a single line of text (already {@link #printable printable}). */
  default float width(String text, boolean bold, float size) {
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      units += advance(codePoint, bold);
      i += Character.charCount(codePoint);
    }
    return points(units, size);
  }

  /** Distance between two baselines. */
  default float leading(float size) {
    return size * 1.22f;
  }
}
