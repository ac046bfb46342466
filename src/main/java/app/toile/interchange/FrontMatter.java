package app.toile.interchange;

import app.toile.io.CanvasFileException;
import app.toile.io.PlainJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The header of a Markdown canvas, as front matter: the lines between two {@code ---} at the top of
 * the file, one {@code name: value} each. A value is plain, single-quoted or double-quoted as in
 * YAML; a double-quoted one is read by the JSON parser, since YAML's double quotes are JSON's.
 */
final class FrontMatter {
  private FrontMatter() {}

  /** How many lines the front matter takes (0 when the file has none). */
  static int lines(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Reads the front matter's fields into the draft's header. */
  static void read(List<String> lines, int count, CanvasDraft draft) {
    for (int i = 1; i < count - 1; i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (colon < 0 || Character.isWhitespace(line.charAt(0))) {
        draft.drop(i + 1, DropReason.HEADER_FIELD, line);
        continue;
      }
      String name = line.substring(0, colon).strip();
      String value = value(line.substring(colon + 1).strip());
      if (!apply(name, value, draft, i + 1)) {
        draft.drop(i + 1, DropReason.HEADER_FIELD, line);
      }
    }
  }

  private static boolean apply(String name, String value, CanvasDraft draft, int line) {
    var h = draft.header();
    switch (BlockNames.key(name).replace(" ", "")) {
      case "title" -> draft.header(h.withTitle(value));
      case "designedfor", "company" -> draft.header(h.withDesignedFor(value));
      case "designedby", "author" -> draft.header(h.withDesignedBy(value));
      case "version" -> draft.header(h.withVersion(value));
      case "date" -> {
        try {
          draft.header(h.withDate(value == null ? null : LocalDate.parse(value)));
        } catch (DateTimeParseException e) {
          draft.drop(line, DropReason.BAD_VALUE, name + ": " + value);
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private static String value(String raw) {
    if (raw.isEmpty() || raw.equals("~") || raw.equals("null")) {
      return null;
    }
    if (raw.startsWith("\"")) {
      try {
        Object v = PlainJson.read(raw.getBytes(StandardCharsets.UTF_8), "front matter");
        return v instanceof String s ? s : raw;
      } catch (CanvasFileException e) {
        return raw;
      }
    }
    if (raw.startsWith("'") && raw.endsWith("'") && raw.length() >= 2) {
      return raw.substring(1, raw.length() - 1).replace("''", "'");
    }
    int comment = raw.indexOf(" #");
    return comment < 0 ? raw : raw.substring(0, comment).strip();
  }
}
