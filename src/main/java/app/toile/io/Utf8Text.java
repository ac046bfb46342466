package app.toile.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8Text() {}

  /**
   * Whether the bytes are well-formed UTF-8, as strict as the decoder of {@link #decode} (no
   * overlong forms, no surrogates, nothing above U+10FFFF), without decoding them: a file that
   * passes can be parsed from its bytes. Eight bytes at a time while they are ASCII.
   */
  static boolean isWellFormed(byte[] bytes) {
    int i = 0;
    int end = bytes.length;
    while (i < end) {
      if (i + Long.BYTES <= end) {
        long high = (long) LONGS.get(bytes, i) & HIGH_BITS;
        if (high == 0) {
          i += Long.BYTES;
          continue;
        }
        // Straight to the first byte above 0x7F (little-endian: the lowest set bit).
        i += Long.numberOfTrailingZeros(high) >>> 3;
      } else if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length == 0) {
        return false;
      }
      i += length;
    }
    return true;
  }

  /** The length of the well-formed sequence starting with a byte above 0x7F at i, else 0. */
  private static int sequenceLength(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    int length;
    int min = 0x80;
    int max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      min = lead == 0xE0 ? 0xA0 : 0x80; // overlong
      max = lead == 0xED ? 0x9F : 0xBF; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      min = lead == 0xF0 ? 0x90 : 0x80; // overlong
      max = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < min || second > max) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      if ((bytes[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return length;
  }

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
