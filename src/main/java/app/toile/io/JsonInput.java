package app.toile.io;

import app.toile.model.Extras;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;

/**
 * A cursor over the tokens of a canvas file. It walks objects and lists, reads the current value
 * as the type the format expects, and turns every mismatch into a {@link CanvasFileException} that
 * names the field, its line and column, what was expected and what was found.
 *
 * <p>Every reader works on the current token: {@link #nextField()} and {@link #nextItem()} move to
 * the next value, the typed readers then read it without moving.
 */
final class JsonInput {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final JsonParser parser;
  private final String file;
  private final boolean positions;
  /** Null when the parser refuses duplicate names itself. */
  private final FieldNames fieldNames;
  private final Deque<ListFrame> lists = new ArrayDeque<>();
  private final List<String> textBuffer = new ArrayList<>();
  private String name;
  // What messages call the current value, kept as parts and spelled out only for a message: a
  // large file has hundreds of thousands of values and almost never an error.
  private ListFrame itemOf;
  private int itemNumber;

  /**
   * @param positions whether errors say where they are; a pass whose errors are never shown (the
   *     quick first pass over a file, redone with positions when it fails) saves making a place
   *     for every object and id
   */
  JsonInput(JsonParser parser, String file, boolean positions) {
    this.parser = parser;
    this.file = file;
    this.positions = positions;
    this.fieldNames = parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION) ? null
        : new FieldNames();
  }

  /** Moves to the next token outside any field or list: the file's first, or what follows its end. */
  JsonToken start() {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.START_OBJECT && fieldNames != null) {
      fieldNames.enter();
    }
    return t;
  }

  /** Moves to the next field's value; false at the end of the current object. */
  boolean nextField() {
    String next = parser.nextName();
    if (next == null && parser.currentToken() == JsonToken.END_OBJECT) {
      if (fieldNames != null) {
        fieldNames.leave();
      }
      return false;
    }
    name = next != null ? next : parser.currentName();
    if (fieldNames != null && !fieldNames.add(name)) {
      throw error(parser.currentTokenLocation(), "duplicate field " + Quote.text(name));
    }
    itemOf = null;
    parser.nextToken();
    return true;
  }

  /** The name of the field whose value is current. */
  String name() {
    return name;
  }

  /** Moves to the next item of the current list; false (and leaves the list) at its end. */
  boolean nextItem() {
    ListFrame frame = lists.peek();
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      lists.pop();
      return false;
    }
    frame.count++;
    itemOf = frame;
    itemNumber = frame.count;
    return true;
  }

  /** Where the current token starts; null on a pass without positions. */
  TokenStreamLocation here() {
    return positions ? parser.currentTokenLocation() : null;
  }

  /** Whether the current value is an object to read (true) or null (false). */
  boolean enterObject() {
    boolean object = enter(JsonToken.START_OBJECT, "an object");
    if (object && fieldNames != null) {
      fieldNames.enter();
    }
    return object;
  }

  /** Whether the current value is a list to read with {@link #nextItem()} (true) or null (false). */
  boolean enterList() {
    boolean list = enter(JsonToken.START_ARRAY, "a list");
    if (list) {
      lists.push(new ListFrame(name, itemOf, itemNumber));
    }
    return list;
  }

  private boolean enter(JsonToken start, String expected) {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    if (t != start) {
      throw mismatch(expected);
    }
    return true;
  }

  /** The current value, which must be an object (not even null), ready to read its fields. */
  void requireObject() {
    if (!enterObject()) {
      throw mismatch("an object");
    }
  }

  /** Skips the current value, with everything nested in it. */
  void skip() {
    parser.skipChildren();
  }

  /** The current value as a list of texts (no null among them); empty when null. */
  List<String> texts() {
    textBuffer.clear();
    if (enterList()) {
      while (nextItem()) {
        String v = text();
        if (v == null) {
          throw mismatch("a text");
        }
        textBuffer.add(v);
      }
    }
    return List.copyOf(textBuffer);
  }

  /**
   * The current value as a list of ids (no null among them), empty when null; like {@link
   * #texts()}, but each id that names a segment already read is that segment's own String, found
   * from the parser's characters without making one of its own.
   */
  List<String> links(KnownIds ids) {
    textBuffer.clear();
    links(ids, textBuffer);
    return List.copyOf(textBuffer);
  }

  /** Adds the ids of the current value, read as {@link #links(KnownIds)} reads them, to a list. */
  void links(KnownIds ids, List<String> into) {
    if (enterList()) {
      while (nextItem()) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          throw mismatch("a text");
        }
        String segment = ids.shared(parser.getStringCharacters(), parser.getStringOffset(),
            parser.getStringLength());
        into.add(segment != null ? segment : parser.getString());
      }
    }
  }

  /** Whether the current value is a text. */
  boolean isText() {
    return parser.currentToken() == JsonToken.VALUE_STRING;
  }

  /** Whether the current value is a whole number (of any size). */
  boolean isWholeNumber() {
    return parser.currentToken() == JsonToken.VALUE_NUMBER_INT;
  }

  /** The current value as text, or null. */
  String text() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw mismatch("a text");
    }
    return parser.getString();
  }

  /** The current value as a whole number that fits an {@code int}, or null. */
  Integer whole() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw mismatch("a whole number");
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || parser.getLongValue() != (int) parser.getLongValue()) {
      throw mismatch("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return (int) parser.getLongValue();
  }

  /** The current value as a whole number that fits a {@code long}, or null. */
  Long wholeLong() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw mismatch("a whole number");
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw mismatch("a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    }
    return parser.getLongValue();
  }

  /** The current value as a finite number, or null. */
  Double number() {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    requireNumber();
    double v = parser.getDoubleValue();
    if (!Double.isFinite(v)) {
      throw mismatch("a number Toile can hold (at most 1.7e308 either way)");
    }
    return v;
  }

  /**
   * The current value as an exact decimal number, or null. Its digits written out in full must
   * stay within the format's longest number: the editor and the export write amounts out in
   * full, and {@code 1e999999999} would be a billion digits.
   */
  BigDecimal decimal() {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    requireNumber();
    try {
      BigDecimal v = parser.getDecimalValue();
      if (CanvasFormat.holdsDecimal(v)) {
        return v;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // An exponent past what BigDecimal holds (Jackson says so with NumberFormatException).
    }
    throw mismatch("a number Toile can hold (at most " + CanvasFormat.MAX_NUMBER_CHARS
        + " digits written out)");
  }

  private void requireNumber() {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw mismatch("a number");
    }
  }

  /** The current value as true or false, or null. */
  Boolean bool() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw mismatch("true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** The current value as one of an enum's constant names, exactly as declared, or null. */
  <E extends Enum<E>> E choice(Class<E> type) {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      try {
        // The JDK keeps each enum's constants by name: no copy of them for every value read.
        return Enum.valueOf(type, parser.getString());
      } catch (IllegalArgumentException e) {
        // Not one of them: the message lists them.
      }
    } else if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch("one of " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** The current value as an ISO date ({@code yyyy-MM-dd}), or null. */
  LocalDate date() {
    String text = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : null;
    if (text != null && ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw mismatch("a real date as yyyy-MM-dd");
      }
    }
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch("a date as yyyy-MM-dd");
  }

  /**
   * Keeps the current field, which this Toile does not know, as raw JSON text.
   *
   * @param unknown the object's unknown fields so far, or null for none yet: almost every object
   *     has none, so the ordered holder is made only for the first one
   * @return the holder, with the field in it
   */
  Map<String, String> keep(Map<String, String> unknown) {
    Map<String, String> kept = unknown == null ? new LinkedHashMap<>() : unknown;
    kept.put(name, KeptJson.read(parser, fieldNames,
        duplicate -> error(here(), "duplicate field " + Quote.text(duplicate))));
    return kept;
  }

  /** The unknown fields as the model keeps them; null (none kept) gives none. */
  static Extras extras(Map<String, String> unknown) {
    return unknown == null ? Extras.NONE : new Extras(unknown);
  }

  /** An error at the current value: it is not what the format expects there. */
  CanvasFileException mismatch(String expected) {
    return error(here(), label(name, itemOf, itemNumber) + " must be " + expected + ", found "
        + found());
  }

  /** An error at a place in the file, or (null) at an unknown place. */
  CanvasFileException error(TokenStreamLocation at, String reason) {
    return at == null ? new CanvasFileException(file, 0, 0, reason)
        : new CanvasFileException(file, at.getLineNr(), at.getColumnNr(), reason);
  }

  /** How the current value looks, for messages: quoted text, the number, or its kind. */
  String found() {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case VALUE_STRING -> Quote.text(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
          Quote.shorten(parser.getString());
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      default -> t.name();
    };
  }

  /** How messages name a value: a field by its name, a list item by its number in its list. */
  private static String label(String field, ListFrame itemOf, int itemNumber) {
    if (itemOf != null) {
      return "item " + itemNumber + " of " + label(itemOf.field, itemOf.itemOf, itemOf.itemNumber);
    }
    return field == null ? "the canvas" : Quote.text(field);
  }

  /** A list being read: how the list itself is named (as parts) and how many items were read. */
  private static final class ListFrame {
    final String field;
    final ListFrame itemOf;
    final int itemNumber;
    int count;

    ListFrame(String field, ListFrame itemOf, int itemNumber) {
      this.field = field;
      this.itemOf = itemOf;
      this.itemNumber = itemNumber;
    }
  }
}
