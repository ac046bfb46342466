package app.toile.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as strict UTF-8 before any JSON is parsed, so that a file saved in another
 * encoding is reported with the line and column of its first bad byte, and columns in every later
 * message count characters, not bytes.
 */
final class Utf8Text {
  private Utf8Text() {}

  static String decode(byte[] bytes, String file) {
    // The String constructor is the JDK's fast path; it replaces a bad sequence with U+FFFD, so
    // only a text holding U+FFFD (bad bytes, or a real U+FFFD) needs the strict, slower decoder.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? " " + fast.substring(1) : fast;
    }
    return strict(bytes, file);
  }

  private static String strict(byte[] bytes, String file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
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
    out.flip();
    // A byte order mark is allowed; a space in its place keeps every column where it was.
    if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
      out.put(0, ' ');
    }
    return out.toString();
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
