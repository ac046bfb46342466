package app.toile.io;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;
import tools.jackson.databind.util.RawValue;

/**
 * JSON trees whose numbers keep the text they were written with. Jackson's own trees read a
 * number as an int, a double or a BigDecimal, and so would lose {@code 1.50}, {@code 1E5} and
 * {@code -0}, and cannot hold {@code 1e9999999999} at all: unknown fields must be written back
 * exactly as a newer Toile wrote them, and a known field's message quotes what the file says.
 */
final class RawJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectReader QUICK =
      CanvasJson.MAPPER.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private RawJson() {}

  /**
   * The one value of a file's bytes. Names given twice are refused by the tree rather than by the
   * parser, which would keep a set of names per object; the error has no place the user could
   * read, so a failing file is read again from its text ({@link CanvasFiles}).
   */
  static JsonNode file(byte[] bytes) {
    return one(QUICK.createParser(bytes));
  }

  /**
   * The tree of an unknown field's kept value, ready to be written.
   *
   * @throws IllegalArgumentException when the text is not one JSON value (only code can make
   *     such a value: a loaded canvas keeps valid JSON)
   */
  static JsonNode parse(String name, String json) {
    try {
      return one(CanvasJson.MAPPER.createParser(json));
    } catch (JacksonException e) {
      throw new IllegalArgumentException("unknown field \"" + name + "\" holds no JSON value", e);
    }
  }

  private static JsonNode one(JsonParser source) {
    try (JsonParser parser = source) {
      JsonNode root = parser.nextToken() == null ? null : read(parser);
      if (root == null || parser.nextToken() != null) {
        throw new StreamReadException(parser, "not one JSON value");
      }
      return root;
    }
  }

  /** The value the parser is on, with everything in it; the parser is left on its last token. */
  static JsonNode read(JsonParser parser) {
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (object.replace(name, read(parser)) != null) {
            throw new StreamReadException(parser, "Duplicate Object property \"" + name + "\"");
          }
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        yield array;
      }
      case VALUE_STRING -> NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.rawValueNode(new RawValue(parser.getString()));
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      // A JSON text has no other token where a value starts.
      default -> throw new IllegalStateException("unexpected token " + parser.currentToken());
    };
  }

  /** A number's text as written, or null when the node is no number. */
  static String number(JsonNode node) {
    return node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw
        ? raw.rawValue().toString() : null;
  }

  /** A value as compact JSON text, numbers as written: how the model keeps unknown fields. */
  static String text(JsonNode node) {
    return CanvasJson.MAPPER.writeValueAsString(node);
  }
}
