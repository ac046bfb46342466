package app.toile.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as text, decoded by the JDK's strict UTF-8 decoder before any JSON is parsed: a
 * file saved in another encoding is reported at its first bad byte, and columns in every later
 * message count characters, not bytes. (Jackson's own decoding reads overlong forms and code points
 * above U+10FFFF, which are not UTF-8.)
 */
final class SourceText {
  private SourceText() {}

  static String decode(byte[] bytes, String file) {
    // The String constructor is the JDK's fast path; it replaces a bad sequence with U+FFFD, so
    // only a text holding U+FFFD (bad bytes, or a real U+FFFD) goes through the strict decoder.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = strict(bytes, file);
    }
    // A byte order mark is allowed; a space in its place keeps every column where it was.
    return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
  }

  private static String strict(byte[] bytes, String file) {
    // A new decoder reports malformed input rather than replacing it.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw new CanvasFileException(file, lineOf(bytes, at), columnOf(bytes, at),
          String.format("not valid UTF-8 (byte 0x%02X): save the file as UTF-8", bytes[at] & 0xFF));
    }
    return out.flip().toString();
  }

  private static int lineOf(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnOf(byte[] bytes, int at) {
    int column = 1;
    for (int i = at - 1; i >= 0 && bytes[i] != '\n'; i--) {
      // Continuation bytes (10xxxxxx) belong to the character started before them.
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }
}
