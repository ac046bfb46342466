package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bytes that are not UTF-8 are refused at the first bad byte, even where JSON parsers allow them. */
class NotUtf8Test {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "F4908080", "F5", "C3"})
  void overlongFormsSurrogatesAndCodePointsPastTheLastAreRefused(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    byte[] head = "{\"format\": \"toile-canvas\", \"formatVersion\": 1,\n \"freeNotes\": \"é"
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, file, 0, head.length);
    System.arraycopy(bad, 0, file, head.length, bad.length);
    System.arraycopy(tail, 0, file, head.length + bad.length, tail.length);
    CanvasFileException e = catchThrowableOfType(CanvasFileException.class,
        () -> CanvasFiles.fromBytes(file, "u.toile.json"));
    assertThat(e.getMessage()).isEqualTo(String.format(
        "u.toile.json:2:17: not valid UTF-8 (byte 0x%02X): save the file as UTF-8", bad[0] & 0xFF));
  }
}
