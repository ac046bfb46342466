package app.toile.ui.segments.editor;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Numbers as typed in a segment field and as shown there. Typed numbers may group digits with
 * spaces (plain, no-break or narrow no-break, as French writes them) and use a comma or a point;
 * a number the file would refuse on reading (NaN, past ±1.7e308, an amount of a billion digits)
 * is no number here either, so that a canvas saved from the editor always opens again. Which
 * amounts the file holds is the file's rule; the view model hands it over from the session.
 */
final class NumberEntry {
  private NumberEntry() {}

  /**
   * The number typed in a field of a type.
   *
   * @param holdsAmount whether a canvas file can hold an amount
   * @throws NumberFormatException when the text is not such a number
   */
  static <T> T parse(Class<T> type, String typed, Predicate<BigDecimal> holdsAmount) {
    StringBuilder n = new StringBuilder();
    typed.codePoints().filter(c -> !Character.isSpaceChar(c))
        .forEach(c -> n.appendCodePoint(c == ',' ? '.' : c));
    Map<Class<?>, Function<String, ?>> parsers = Map.of(
        Integer.class, Integer::valueOf,
        Long.class, Long::valueOf,
        Double.class, NumberEntry::finite,
        BigDecimal.class, t -> holdable(t, holdsAmount));
    Function<String, ?> parser = parsers.get(type);
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

  private static BigDecimal holdable(String n, Predicate<BigDecimal> holdsAmount) {
    BigDecimal b = new BigDecimal(n);
    if (!holdsAmount.test(b)) {
      throw new NumberFormatException("too many digits written out: " + n);
    }
    return b;
  }
}
