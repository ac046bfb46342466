package app.toile.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns the parser's own errors (malformed JSON, duplicate keys, limits) into the one plain line a
 * user reads: Jackson's wording, stripped of its code points and internal references.
 */
final class JacksonErrors {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
  private static final Pattern CONTROL_CHAR = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern CHAR_CODE = Pattern.compile(" \\(code \\d+\\)");
  private static final Pattern START_MARKER = Pattern.compile(" \\(start marker at .*");

  private JacksonErrors() {}

  /**
   * The user's line for a parser error.
   *
   * @param where where the parser stood, for the errors (limits) that carry no location
   */
  static CanvasFileException translate(JacksonException e, String file, TokenStreamLocation where) {
    TokenStreamLocation at = e.getLocation() == null || e.getLocation().getLineNr() <= 0
        ? where : e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = line == 0 ? 0 : Math.max(at.getColumnNr(), 0);
    return new CanvasFileException(file, line, column, reason(e), e);
  }

  private static String reason(JacksonException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    message = message.lines().findFirst().orElse("").trim();
    if (e instanceof StreamConstraintsException) {
      return limit(message);
    }
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return "duplicate field " + Quote.text(duplicate.group(1));
    }
    Matcher control = CONTROL_CHAR.matcher(message);
    if (control.find()) {
      message = control.replaceAll(String.format("(control character U+%04X)",
          Integer.parseInt(control.group(1))));
    }
    message = CHAR_CODE.matcher(message).replaceAll("");
    message = START_MARKER.matcher(message).replaceAll("");
    return "malformed JSON: " + message;
  }

  private static String limit(String message) {
    if (message.contains("nesting depth")) {
      return "objects and lists nested deeper than " + CanvasFormat.MAX_DEPTH + " levels";
    }
    if (message.contains("String value length")) {
      return "a text longer than " + CanvasFormat.MAX_TEXT_CHARS + " characters";
    }
    if (message.contains("Number value length")) {
      return "a number with too many digits";
    }
    if (message.contains("Document length")) {
      return "the file is larger than " + CanvasFormat.MAX_FILE_BYTES / (1024 * 1024) + " MB";
    }
    return "over a limit of the format: " + message;
  }
}
