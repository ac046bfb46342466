package app.toile.io;

import java.io.StringWriter;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The value of a field this Toile does not know, kept as compact JSON text, and turned back into
 * a tree to be written. Numbers go through as the file spells them, never as a BigDecimal or a
 * double: a newer Toile may write one that no Java number holds ({@code 1e9999999999}), and
 * {@code 1E5}, {@code -0} or {@code 1.50} would lose their spelling on the way.
 */
final class KeptJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private KeptJson() {}

  /**
   * The parser's current value, with everything nested in it, as compact JSON text; the parser
   * is left on the value's last token.
   *
   * @param names the field names of the objects being read, to refuse a name given twice in one
   *     object; null when the parser refuses them itself
   * @param duplicate the error for a name given twice
   */
  static String read(JsonParser parser, FieldNames names,
      Function<String, CanvasFileException> duplicate) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = CanvasJson.MAPPER.createGenerator(text)) {
      int depth = 0;
      do {
        JsonToken t = parser.currentToken();
        switch (t) {
          case START_OBJECT -> {
            out.writeStartObject();
            if (names != null) {
              names.enter();
            }
            depth++;
          }
          case END_OBJECT -> {
            out.writeEndObject();
            if (names != null) {
              names.leave();
            }
            depth--;
          }
          case START_ARRAY -> {
            out.writeStartArray();
            depth++;
          }
          case END_ARRAY -> {
            out.writeEndArray();
            depth--;
          }
          case PROPERTY_NAME -> {
            String name = parser.currentName();
            if (names != null && !names.add(name)) {
              throw duplicate.apply(name);
            }
            out.writeName(name);
          }
          default -> scalar(parser, t, out);
        }
      } while (depth > 0 && parser.nextToken() != null);
    }
    return text.toString();
  }

  private static void scalar(JsonParser parser, JsonToken t, JsonGenerator out) {
    switch (t) {
      case VALUE_STRING -> out.writeString(parser.getStringCharacters(), parser.getStringOffset(),
          parser.getStringLength());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(parser.getString());
      case VALUE_TRUE -> out.writeBoolean(true);
      case VALUE_FALSE -> out.writeBoolean(false);
      case VALUE_NULL -> out.writeNull();
      // A JSON text has no other token.
      default -> throw new IllegalStateException("unexpected token " + t);
    }
  }

  /**
   * The tree of a kept value, ready to be written pretty; its numbers are written back as their
   * text.
   *
   * @throws IllegalArgumentException when the text is not one JSON value (only code can make
   *     such a value: a loaded canvas keeps valid JSON)
   */
  static JsonNode tree(String json) {
    try (JsonParser parser = CanvasJson.MAPPER.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("no JSON value");
      }
      JsonNode node = node(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value");
      }
      return node;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  private static JsonNode node(JsonParser parser) {
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, node(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(node(parser));
        }
        yield array;
      }
      case VALUE_STRING -> NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          NODES.rawValueNode(new RawValue(parser.getString()));
      case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalArgumentException("unexpected " + parser.currentToken());
    };
  }
}
