package app.toile.io;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The first pass over a file: it reads the whole text as JSON (so that malformed JSON is reported
 * first), then checks that it is a Toile canvas of a format version this Toile reads, before any
 * field is interpreted: a newer file is refused for its version, not for a field it changed.
 */
final class FormatCheck {
  private FormatCheck() {}

  static void check(JsonInput in, String file) {
    JsonToken first = in.start();
    if (first == null) {
      throw new CanvasFileException(file, "the file is empty, it holds no canvas", null);
    }
    TokenStreamLocation start = in.here();
    if (first != JsonToken.START_OBJECT) {
      String found = in.found();
      in.skip();
      requireEnd(in);
      throw in.error(start, "not a Toile canvas: expected a JSON object, found " + found);
    }
    String format = null;
    String formatFound = null;
    TokenStreamLocation formatAt = null;
    Integer version = null;
    TokenStreamLocation versionAt = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "format" -> {
          formatAt = in.here();
          formatFound = in.found();
          format = in.isText() ? in.text() : "";
          in.skip();
        }
        case "formatVersion" -> {
          versionAt = in.here();
          version = in.whole();
        }
        default -> in.skip();
      }
    }
    requireEnd(in);
    String expected = "\"format\": " + Quote.text(CanvasFormat.NAME);
    if (format == null) {
      throw in.error(start, "not a Toile canvas: no " + expected);
    }
    if (!format.equals(CanvasFormat.NAME)) {
      throw in.error(formatAt, "not a Toile canvas: expected " + expected + ", found " + formatFound);
    }
    if (version == null) {
      throw in.error(start, "no \"formatVersion\": this Toile reads format version "
          + CanvasFormat.VERSION);
    }
    if (version > CanvasFormat.VERSION) {
      throw in.error(versionAt, "written by a newer Toile: format version " + version
          + ", this Toile reads up to " + CanvasFormat.VERSION);
    }
    if (version < 1) {
      throw in.error(versionAt, "\"formatVersion\" must be 1 or more, found " + version);
    }
  }

  /**
   * Whether the bytes are those of a Toile canvas: a JSON object whose top-level {@code "format"}
   * is {@value CanvasFormat#NAME}, whatever its version and whatever follows that field.
   */
  static boolean namesCanvas(byte[] bytes) {
    try (JsonParser parser = CanvasJson.QUICK.createParser(bytes)) {
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

  /** Nothing but white space may follow the canvas. */
  private static void requireEnd(JsonInput in) {
    if (in.start() != null) {
      throw in.error(in.here(), "the canvas must end the file, found " + in.found() + " after it");
    }
  }
}
