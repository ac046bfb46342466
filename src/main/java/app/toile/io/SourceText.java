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
 * bytes; only a failing one needs its text, where columns count characters, not bytes. The
 * importers of other formats check their files with it too.
 */
public final class SourceText {
  private SourceText() {}

  /**
   * Refuses bytes that are not UTF-8, at the first bad one; the text is not kept.
   *
   * @throws CanvasFileException naming the file, line and column of the first bad byte
   */
  public static void check(byte[] bytes, String file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // The decoder copies ASCII quickly only at the start of each call, then decodes one character
    // at a time to the end of its output: a small output keeps most of a mostly-ASCII file (French
    // text, an accent every few words) on the quick path, twice as fast as an output of 8,192.
    CharBuffer out = CharBuffer.allocate(128);
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
    } while (result.isOverflow());
    if (result.isError()) {
      // Up to the bad byte the file is UTF-8; a column counts characters, not bytes.
      int at = in.position();
      String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
      int lineStart = before.lastIndexOf('\n') + 1;
      throw new CanvasFileException(file, (int) before.chars().filter(c -> c == '\n').count() + 1,
          before.codePointCount(lineStart, before.length()) + 1,
          String.format("not valid UTF-8 (byte 0x%02X): save the file as UTF-8", bytes[at] & 0xFF));
    }
  }

  /** The text of bytes that passed the {@link #check}. */
  static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    // A byte order mark is allowed; a space in its place keeps every column where it was.
    return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
  }
}
