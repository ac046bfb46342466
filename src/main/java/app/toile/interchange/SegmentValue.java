package app.toile.interchange;

import app.toile.i18n.Texts;
import app.toile.model.CustomerSegment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One field of a customer segment as the open formats carry it: its name in the segments table
 * (the canvas file's own field name), its label in Markdown (the editor's words, in English or
 * French), and how its value is written and read back. A value of the right type always loads,
 * whatever its meaning (a score of 7): the validator reports it, as for canvas files.
 *
 * @param key the column of the segments table, such as {@code painDepth}
 * @param labelKey the key of its label in the {@code labels} bundle
 * @param group where Markdown lists it under a segment, or null when Markdown leaves it out
 * @param kind the type of its value
 * @param values for a choice, its values; their labels are {@code labelPrefix.NAME}
 * @param labelPrefix for a choice, the prefix of its values' label keys
 * @param get reads the value from a segment
 * @param set makes a copy of a segment with the value
 */
record SegmentValue(
    String key,
    String labelKey,
    Group group,
    Kind kind,
    List<? extends Enum<?>> values,
    String labelPrefix,
    Function<CustomerSegment, Object> get,
    BiFunction<CustomerSegment, Object, CustomerSegment> set) {

  /** The nested bullets of a segment in Markdown, in order. */
  enum Group {
    NEED("segment.need"),
    PROFILE("segment.profile"),
    SCORES("segment.evaluation"),
    STATUS("segment.status");

    private final String labelKey;

    Group(String labelKey) {
      this.labelKey = labelKey;
    }

    String labelKey() {
      return labelKey;
    }
  }

  /** The types of values. */
  enum Kind { TEXT, WHOLE, COUNT, DECIMAL, NUMBER, YES_NO, CHOICE, IDS }

  /** The label in a language. */
  String label(Locale locale) {
    return Texts.labels(locale).get(labelKey);
  }

  /**
   * The value as text: a choice by its label and a yes or no in words when a language is given,
   * by its constant and {@code true}/{@code false} when none is (the segments table).
   */
  String format(Object v, Locale locale) {
    if (v == null) {
      return "";
    }
    return switch (kind) {
      case CHOICE -> locale == null ? ((Enum<?>) v).name()
          : Texts.labels(locale).of(labelPrefix, (Enum<?>) v);
      case YES_NO -> locale == null ? v.toString()
          : Texts.labels(locale).get((Boolean) v ? "yes" : "no");
      case DECIMAL -> ((BigDecimal) v).toPlainString();
      case NUMBER -> {
        double d = (Double) v;
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
      }
      case IDS -> String.join(" ", castIds(v));
      default -> v.toString();
    };
  }

  /**
   * Reads a value written by {@link #format} in either language, or null when blank.
   *
   * @throws IllegalArgumentException when the text is not a value of the field's type
   */
  Object parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return null;
    }
    return switch (kind) {
      case TEXT -> text.strip();
      case WHOLE -> Integer.valueOf(wholeNumber(t));
      case COUNT -> Long.valueOf(wholeNumber(t).replaceAll("[\\s\u00a0\u202f]", ""));
      case DECIMAL -> new BigDecimal(decimal(t));
      case NUMBER -> Double.valueOf(decimal(t.replace("%", "").strip()));
      case YES_NO -> yesNo(t);
      case CHOICE -> choice(t);
      case IDS -> List.of(t.split("[\\s,;]+"));
    };
  }

  /** A score may be written {@code 4} or {@code 4/5}. */
  private static String wholeNumber(String t) {
    String s = t.endsWith("/5") ? t.substring(0, t.length() - 2).strip() : t;
    if (!s.matches("[+-]?[0-9][0-9\\s\u00a0\u202f]*")) {
      throw new IllegalArgumentException(t);
    }
    return s;
  }

  /** A French spreadsheet writes {@code 12,50}: a lone comma is the decimal point. */
  private static String decimal(String t) {
    String s = t.replaceAll("[\\s\u00a0\u202f]", "");
    if (s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')) {
      s = s.replace(',', '.');
    }
    if (!s.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?")) {
      throw new IllegalArgumentException(t);
    }
    return s;
  }

  private static Boolean yesNo(String t) {
    String k = BlockNames.key(t);
    for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      if (k.equals(BlockNames.key(Texts.labels(l).get("yes")))) {
        return Boolean.TRUE;
      }
      if (k.equals(BlockNames.key(Texts.labels(l).get("no")))) {
        return Boolean.FALSE;
      }
    }
    return switch (k) {
      case "true", "y", "1", "x" -> Boolean.TRUE;
      case "false", "n", "0" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(t);
    };
  }

  private Enum<?> choice(String t) {
    String k = BlockNames.key(t);
    for (Enum<?> e : values) {
      if (k.equals(BlockNames.key(e.name()))) {
        return e;
      }
      for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        if (k.equals(BlockNames.key(Texts.labels(l).of(labelPrefix, e)))) {
          return e;
        }
      }
    }
    throw new IllegalArgumentException(t);
  }

  @SuppressWarnings("unchecked")
  private static List<String> castIds(Object v) {
    return (List<String>) v;
  }
}
