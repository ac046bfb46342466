package app.toile.io;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;

/**
 * Whether a file's tree is a Toile canvas of a format version this Toile reads, checked before any
 * other field is interpreted: a newer file is refused for its version, not for a field it changed.
 */
final class FormatCheck {
  private FormatCheck() {}

  /** Checks the top-level value of a file read whole. */
  static void check(JsonNode root) {
    JsonPointer top = JsonPointer.empty();
    if (!root.isObject()) {
      throw new Misfit(top, "not a Toile canvas: expected a JSON object, found "
          + Fields.found(root));
    }
    String expected = "\"format\": " + Quote.text(CanvasFormat.NAME);
    JsonNode format = root.get("format");
    if (format == null) {
      throw new Misfit(top, "not a Toile canvas: no " + expected);
    }
    if (!format.isString() || !format.stringValue().equals(CanvasFormat.NAME)) {
      throw new Misfit(top.appendProperty("format"),
          "not a Toile canvas: expected " + expected + ", found " + Fields.found(format));
    }
    Integer version = Fields.root(root).whole("formatVersion");
    if (version == null) {
      throw new Misfit(top, "no \"formatVersion\": this Toile reads format version "
          + CanvasFormat.VERSION);
    }
    if (version > CanvasFormat.VERSION) {
      throw new Misfit(top.appendProperty("formatVersion"), "written by a newer Toile: format"
          + " version " + version + ", this Toile reads up to " + CanvasFormat.VERSION);
    }
    if (version < 1) {
      throw new Misfit(top.appendProperty("formatVersion"),
          "\"formatVersion\" must be 1 or more, found " + version);
    }
  }

  /**
   * Whether the bytes are those of a Toile canvas: a JSON object whose top-level {@code "format"}
   * is {@value CanvasFormat#NAME}, whatever its version and whatever follows that field, even a
   * name given twice.
   */
  static boolean namesCanvas(byte[] bytes) {
    try (JsonParser parser = CanvasJson.MAPPER.reader()
        .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION).createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean format = "format".equals(parser.currentName());
        JsonToken value = parser.nextToken();
        if (format) {
          return value == JsonToken.VALUE_STRING && CanvasFormat.NAME.equals(parser.getString());
        }
        parser.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      return false;
    }
  }
}
