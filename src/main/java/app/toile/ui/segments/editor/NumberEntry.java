package app.toile.ui.segments.editor;

import app.toile.io.CanvasFormat;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers as typed in a segment field and as shown there. Typed numbers may group digits with
 * spaces (plain, no-break or narrow no-break, as French writes them) and use a comma or a point;
 * a number the file would refuse on reading (NaN, past ±1.7e308, an amount of a billion digits)
 * is no number here either, so that a canvas saved from the editor always opens again.
 */
final class NumberEntry {
  private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
      Integer.class, Integer::valueOf,
      Long.class, Long::valueOf,
      Double.class, NumberEntry::finite,
      BigDecimal.class, NumberEntry::holdable);

  private NumberEntry() {}

  /**
   * The number typed in a field of a type.
   *
   * @throws NumberFormatException when the text is not such a number
   */
  static <T> T parse(Class<T> type, String typed) {
    StringBuilder n = new StringBuilder();
    typed.codePoints().filter(c -> !Character.isSpaceChar(c))
        .forEach(c -> n.appendCodePoint(c == ',' ? '.' : c));
    Function<String, ?> parser = PARSERS.get(type);
    if (parser == null) {
      throw new IllegalArgumentException("not a number type: " + type);
    }
    return type.cast(parser.apply(n.toString()));
  }

  /** A number as its field shows it: an amount written out, a whole share without ".0". */
  static String format(Number v) {
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue())
        : String.valueOf(v);
  }

  private static Double finite(String n) {
    double d = Double.parseDouble(n);
    if (!Double.isFinite(d)) {
      throw new NumberFormatException("not a finite number: " + n);
    }
    return d;
  }

  private static BigDecimal holdable(String n) {
    BigDecimal b = new BigDecimal(n);
    if (!CanvasFormat.holdsDecimal(b)) {
      throw new NumberFormatException("too many digits written out: " + n);
    }
    return b;
  }
}
