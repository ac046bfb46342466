package app.toile.io;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * JSON documents other than canvases (such as the JSON Canvas files of other tools), read and
 * written by the one mapper so that Jackson stays in this package. A document is plain Java: an
 * object is a {@code Map<String, Object>} in file order, a list a {@code List<Object>}, a text a
 * {@code String}, a whole number a {@code Long} (a {@code BigDecimal} beyond it), another number a
 * {@code BigDecimal}, {@code true}/{@code false} a {@code Boolean}, and {@code null} null.
 *
 * <p>Reading has the canvas files' limits (size, depth, text and number lengths, duplicate keys
 * refused) and their errors: one {@link CanvasFileException} with line and column.
 */
public final class PlainJson {
  private PlainJson() {}

  /**
   * The one value of a JSON document.
   *
   * @param sourceName how messages name the source, such as its file name
   * @throws CanvasFileException when the bytes are not UTF-8, not JSON, or over a limit
   */
  public static Object read(byte[] bytes, String sourceName) {
    if (bytes.length > CanvasFormat.MAX_FILE_BYTES) {
      throw new CanvasFileException(sourceName, "the file is larger than "
          + CanvasFormat.MAX_FILE_BYTES / (1024 * 1024) + " MB", null);
    }
    SourceText.check(bytes, sourceName);
    String text = SourceText.decode(bytes);
    try (JsonParser parser = CanvasJson.MAPPER.createParser(text)) {
      try {
        if (parser.nextToken() == null) {
          throw new CanvasFileException(sourceName, "the file is empty", null);
        }
        JsonNode root = CanvasJson.MAPPER.readTree(parser);
        if (parser.nextToken() != null) {
          TokenStreamLocation at = parser.currentTokenLocation();
          throw new CanvasFileException(sourceName, at.getLineNr(), at.getColumnNr(),
              "the document must end the file, found more after it");
        }
        return plain(root);
      } catch (JacksonException e) {
        throw JacksonErrors.translate(e, sourceName, parser.currentLocation());
      }
    }
  }

  /**
   * The JSON text of a plain value (maps, lists, texts, numbers, booleans, null), pretty printed
   * with {@code \n} line ends and a final newline, in UTF-8.
   */
  public static byte[] write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CanvasJson.PRETTY.writeValue(out, value);
    out.write('\n');
    return out.toByteArray();
  }

  // The depth is capped by the mapper's nesting limit, so recursion stays shallow.
  private static Object plain(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        map.put(e.getKey(), plain(e.getValue()));
      }
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      for (JsonNode item : node.values()) {
        list.add(plain(item));
      }
      return list;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      if (node.isIntegralNumber() && node.canConvertToLong()) {
        return node.longValue();
      }
      return node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
    }
    return node.toString();
  }
}
