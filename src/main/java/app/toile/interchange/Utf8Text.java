package app.toile.interchange;

import app.toile.io.CanvasFileException;
import app.toile.io.SourceText;
import java.nio.charset.StandardCharsets;

/**
 * The text of an imported file, decoded as strict UTF-8: a file saved in another encoding (Latin-1,
 * Windows-1252, UTF-16) is refused at its first bad byte, by line and column, rather than read
 * with its accents garbled. A byte order mark at the start is dropped.
 */
final class Utf8Text {
  private Utf8Text() {}

  static String decode(byte[] bytes, String file) {
    SourceText.check(bytes, file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\0') >= 0) {
      throw new CanvasFileException(file, "the file holds NUL characters: it is not text", null);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
