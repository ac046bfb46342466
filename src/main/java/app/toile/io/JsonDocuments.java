package app.toile.io;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;

/**
 * JSON documents other than canvases (the command line's reports), written by the one mapper so
 * that Jackson stays in this package. Every character a terminal could act on is escaped: the
 * controls JSON requires, and DEL, the C1 controls, U+2028, U+2029 and the bidirectional
 * overrides, so that a document is as safe to print as text (and to paste into JavaScript).
 */
public final class JsonDocuments {
  private static final ObjectWriter WRITER = CanvasJson.MAPPER.writer()
      .with(new ReportLayout())
      .with(new TerminalEscapes());

  private JsonDocuments() {}

  /**
   * A value (records, maps, lists, texts, numbers, null) as JSON laid out by {@link
   * ReportLayout}, without a final newline.
   */
  public static String pretty(Object value) {
    return WRITER.writeValueAsString(value);
  }

  /** Escapes as {@code \u001b}, lower case, every character a terminal could act on. */
  private static final class TerminalEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalEscapes() {
      for (int c = 0; c < 0x20; c++) {
        // \b, \t, \n, \f and \r keep their short forms.
        if ("\b\t\n\f\r".indexOf(c) < 0) {
          ascii[c] = ESCAPE_CUSTOM;
        }
      }
      ascii[0x7F] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      return unsafe ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
  }
}
