package app.toile.io;

import app.toile.model.Extras;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The fields of one JSON object of a canvas file, each read as the type the format expects: a
 * mismatch is a {@link Misfit} naming the field, what was expected and what was found. An absent
 * field and {@code null} both read as unset. The fields not asked for are the object's unknown
 * fields, kept as JSON text.
 */
final class Fields {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final JsonNode EMPTY = JsonNodeFactory.instance.arrayNode();

  private final JsonNode node;
  // The place, kept as parts and spelled out as a pointer only for a message: a large file has
  // tens of thousands of objects and almost never an error.
  private final Fields parent;
  private final String name;
  private final int index;
  private final List<String> known = new ArrayList<>(16);
  private int knownPresent;

  private Fields(JsonNode node, Fields parent, String name, int index) {
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The fields of a file's top-level object. */
  static Fields root(JsonNode node) {
    return new Fields(node, null, null, -1);
  }

  /** Where this object stands in the file. */
  JsonPointer at() {
    if (parent == null) {
      return JsonPointer.empty();
    }
    JsonPointer field = parent.at().appendProperty(name);
    return index < 0 ? field : field.appendIndex(index);
  }

  /** The name of the field this object is the value of, or of the list it is an item of. */
  String name() {
    return name;
  }

  /** Where this object stands in its list, from 0; -1 when it is no list item. */
  int index() {
    return index;
  }

  /** The names of the object's fields, in file order. */
  List<String> names() {
    return List.copyOf(node.propertyNames());
  }

  String text(String field) {
    JsonNode v = value(field);
    if (v == null || v.isString()) {
      return v == null ? null : v.stringValue();
    }
    throw misfit(field, v, "a text");
  }

  /** A whole number that fits an {@code int}. */
  Integer whole(String field) {
    Long v = wholeNumber(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return v == null ? null : v.intValue();
  }

  /** A whole number that fits a {@code long}. */
  Long wholeLong(String field) {
    return wholeNumber(field, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  private Long wholeNumber(String field, long min, long max) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    String n = RawJson.number(v);
    if (n == null || !isWhole(n)) {
      throw misfit(field, v, "a whole number");
    }
    try {
      long value = Long.parseLong(n);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Past 64 bits: the message gives the range.
    }
    throw misfit(field, v, "a whole number from " + min + " to " + max);
  }

  private static boolean isWhole(String number) {
    return number.indexOf('.') < 0 && number.indexOf('e') < 0 && number.indexOf('E') < 0;
  }

  /** A finite number, read as a double: one too small to tell from zero reads as 0. */
  Double number(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    double d = Double.parseDouble(requireNumber(field, v));
    if (!Double.isFinite(d)) {
      throw misfit(field, v, "a number Toile can hold (at most 1.7e308 either way)");
    }
    return d;
  }

  /**
   * An exact decimal whose digits written out in full stay within the format's longest number:
   * the editor and the export write amounts out in full, and {@code 1e999999999} would be a
   * billion digits.
   */
  BigDecimal decimal(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    String n = requireNumber(field, v);
    try {
      BigDecimal d = new BigDecimal(n);
      if (CanvasFormat.holdsDecimal(d)) {
        return d;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // An exponent past what BigDecimal holds.
    }
    throw misfit(field, v, "a number Toile can hold (at most " + CanvasFormat.MAX_NUMBER_CHARS
        + " digits written out)");
  }

  private String requireNumber(String field, JsonNode v) {
    String n = RawJson.number(v);
    if (n == null) {
      throw misfit(field, v, "a number");
    }
    return n;
  }

  Boolean bool(String field) {
    JsonNode v = value(field);
    if (v == null || v.isBoolean()) {
      return v == null ? null : v.booleanValue();
    }
    throw misfit(field, v, "true or false");
  }

  /** One of an enum's constant names, exactly as declared. */
  <E extends Enum<E>> E choice(String field, Class<E> type) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (v.isString()) {
      try {
        return Enum.valueOf(type, v.stringValue());
      } catch (IllegalArgumentException e) {
        // Not one of them: the message lists them.
      }
    }
    throw misfit(field, v, "one of " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** An ISO date, {@code yyyy-MM-dd}, that exists. */
  LocalDate date(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (v.isString() && ISO_DATE.matcher(v.stringValue()).matches()) {
      try {
        return LocalDate.parse(v.stringValue());
      } catch (DateTimeParseException e) {
        throw misfit(field, v, "a real date as yyyy-MM-dd");
      }
    }
    throw misfit(field, v, "a date as yyyy-MM-dd");
  }

  /** A list of texts, none of them null, that the caller may change; empty when unset. */
  List<String> texts(String field) {
    JsonNode list = list(field);
    List<String> texts = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      if (!item.isString()) {
        throw itemMisfit(field, i, "a text", item);
      }
      texts.add(item.stringValue());
    }
    return texts;
  }

  /** Any JSON value, kept as its text exactly as written; null when unset. */
  String raw(String field) {
    JsonNode v = value(field);
    return v == null ? null : RawJson.text(v);
  }

  /** An object's fields, or null when unset. */
  Fields object(String field) {
    JsonNode v = value(field);
    if (v == null || v.isObject()) {
      return v == null ? null : new Fields(v, this, field, -1);
    }
    throw misfit(field, v, "an object");
  }

  /** A list of objects, none of them null; empty when unset. */
  List<Fields> objects(String field) {
    JsonNode list = list(field);
    List<Fields> objects = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      if (!item.isObject()) {
        throw itemMisfit(field, i, "an object", item);
      }
      objects.add(new Fields(item, this, field, i));
    }
    return objects;
  }

  private JsonNode list(String field) {
    JsonNode v = value(field);
    if (v == null || v.isArray()) {
      return v == null ? EMPTY : v;
    }
    throw misfit(field, v, "a list");
  }

  private Misfit itemMisfit(String field, int i, String expected, JsonNode item) {
    return new Misfit(at().appendProperty(field).appendIndex(i), "item " + (i + 1) + " of "
        + Quote.text(field) + " must be " + expected + ", found " + found(item));
  }

  /**
   * The fields not asked for so far, as JSON text in file order: ask for every known field first.
   */
  Extras extras() {
    if (knownPresent == node.size()) {
      return Extras.NONE;
    }
    Map<String, String> unknown = null;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
        unknown.put(e.getKey(), RawJson.text(e.getValue()));
      }
    }
    return unknown == null ? Extras.NONE : new Extras(unknown);
  }

  /** A field's value, or null when it is absent or null; the field becomes a known one. */
  private JsonNode value(String field) {
    known.add(field);
    JsonNode v = node.get(field);
    if (v == null) {
      return null;
    }
    knownPresent++;
    return v.isNull() ? null : v;
  }

  private Misfit misfit(String field, JsonNode v, String expected) {
    return new Misfit(at().appendProperty(field),
        Quote.text(field) + " must be " + expected + ", found " + found(v));
  }

  /** How a value looks in a message: quoted text, the number as written, or its kind. */
  static String found(JsonNode v) {
    if (v.isString()) {
      return Quote.text(v.stringValue());
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "a list";
    }
    String number = RawJson.number(v);
    return Quote.shorten(number != null ? number : v.toString());
  }
}
