package app.toile.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes checked by the JDK's strict UTF-8 decoder before any JSON is parsed: a file saved
 * in another encoding is reported at its first bad byte. (Jackson's own decoding reads overlong
 * forms and code points above U+10FFFF, which are not UTF-8.) A good file is then parsed from its
 * bytes; only a failing one needs its text, where columns count characters, not bytes.
 */
final class SourceText {
  private SourceText() {}

  /** Refuses bytes that are not UTF-8, at the first bad one; the text is not kept. */
  static void check(byte[] bytes, String file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // The decoder copies ASCII quickly only at the start of each call, then decodes one character
    // at a time to the end of its output: a small output keeps most of a mostly-ASCII file, such
    // as French text with an accent every few words, on the quick path (about twice as fast as 8,192).
    CharBuffer out = CharBuffer.allocate(128);
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
    } while (result.isOverflow());
    if (result.isError()) {
      int at = in.position();
      throw new CanvasFileException(file, lineOf(bytes, at), columnOf(bytes, at),
          String.format("not valid UTF-8 (byte 0x%02X): save the file as UTF-8", bytes[at] & 0xFF));
    }
  }

  /** The text of bytes that passed the {@link #check}. */
  static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    // A byte order mark is allowed; a space in its place keeps every column where it was.
    return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
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
