package app.toile.interchange;

import app.toile.io.CanvasFileException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The text of an imported file, decoded as strict UTF-8: a file saved in another encoding (Latin-1,
 * Windows-1252, UTF-16) is refused at its first bad byte, by line and column, rather than read
 * with its accents garbled. A byte order mark at the start is dropped.
 */
final class Utf8Text {
  private Utf8Text() {}

  static String decode(byte[] bytes, String file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
      int lineStart = before.lastIndexOf('\n') + 1;
      throw new CanvasFileException(file, (int) before.chars().filter(c -> c == '\n').count() + 1,
          before.codePointCount(lineStart, before.length()) + 1,
          String.format("not valid UTF-8 (byte 0x%02X): save the file as UTF-8", bytes[at] & 0xFF));
    }
    try {
      decoder.flush(out);
    } catch (IllegalStateException e) {
      throw new CanvasFileException(file, "not valid UTF-8: save the file as UTF-8", e);
    }
    out.flip();
    String text = out.toString();
    if (text.indexOf('\0') >= 0) {
      throw new CanvasFileException(file, "the file holds NUL characters: it is not text", null);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
