package app.toile.io;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where a value of a file stands, found by one pass over the text to its JSON pointer. Only a file
 * that fails needs positions, so a good file is read once, without them.
 */
final class Positions {
  private Positions() {}

  /** The user's one line for a misfit in a file's text. */
  static CanvasFileException error(String text, String file, Misfit misfit) {
    TokenStreamLocation at = locate(text, misfit.at());
    String reason = misfit.getMessage();
    if (misfit.earlier() != null) {
      reason += " on line " + locate(text, misfit.earlier()).getLineNr();
    }
    return new CanvasFileException(file, at.getLineNr(), at.getColumnNr(), reason);
  }

  /** Where the value at a pointer starts, in a text already read whole without error. */
  static TokenStreamLocation locate(String text, JsonPointer pointer) {
    try (JsonParser parser = CanvasJson.MAPPER.createParser(text)) {
      parser.nextToken();
      for (JsonPointer step = pointer; !step.matches(); step = step.tail()) {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
          while (parser.nextToken() == JsonToken.PROPERTY_NAME
              && !parser.currentName().equals(step.getMatchingProperty())) {
            parser.nextToken();
            parser.skipChildren();
          }
          parser.nextToken();
        } else {
          parser.nextToken();
          for (int i = 0; i < step.getMatchingIndex(); i++) {
            parser.skipChildren();
            parser.nextToken();
          }
        }
      }
      return parser.currentTokenLocation();
    }
  }
}
