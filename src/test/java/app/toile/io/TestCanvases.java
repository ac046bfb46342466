package app.toile.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written canvases under {@code src/test/resources/canvases}. */
final class TestCanvases {
  private TestCanvases() {}

  static byte[] bytes(String name) {
    try (InputStream in = TestCanvases.class.getResourceAsStream("/canvases/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test canvas " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
