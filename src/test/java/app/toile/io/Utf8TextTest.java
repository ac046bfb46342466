package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick UTF-8 check agrees with the JDK's strict decoder, byte for byte. */
class Utf8TextTest {
  /** Bytes around every boundary of the UTF-8 rules, and plain ASCII for the eight-byte steps. */
  private static final int[] EDGES = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
    0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
  };

  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(7);
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = new byte[random.nextInt(24)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(3) == 0 ? 'a' : EDGES[random.nextInt(EDGES.length)]);
      }
      assertThat(Utf8Text.isWellFormed(bytes)).as(HexFormat.of().formatHex(bytes))
          .isEqualTo(strictlyDecodes(bytes));
    }
  }

  @Test
  void acceptsTextInEveryScriptAndRefusesTheUsualMistakes() {
    byte[] text = "Café à Montréal, 12\u202f€, 東京, \uD83D\uDE00 \uFFFD".repeat(5)
        .getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8Text.isWellFormed(text)).isTrue();
    assertThat(Utf8Text.isWellFormed("Café".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    assertThat(Utf8Text.isWellFormed(new byte[] {'a', (byte) 0xC3})).isFalse(); // cut short
    assertThat(Utf8Text.isWellFormed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
        .isFalse(); // a surrogate
  }

  private static boolean strictlyDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
