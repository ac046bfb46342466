package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the damage to a file, loading either gives a canvas or one {@link CanvasFileException}
 * with a one-line message: never another exception, never a partial canvas.
 */
class MangledInputTest {
  private static final byte[] COMPLETE = TestCanvases.bytes("complete.toile.json");
  private static final byte[] INTERESTING = " {}[]\",:0-9.eE\\nul\u00e9x".getBytes(
      java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void everyTruncationIsRefusedWithOneLine() {
    for (int length = 0; length < COMPLETE.length - 2; length += 3) {
      byte[] cut = Arrays.copyOf(COMPLETE, length);
      assertRefusedOrRead(cut, "cut at " + length);
    }
  }

  @Test
  void randomDamageGivesACanvasOrOneLine() {
    Random random = new Random(20261123L);
    for (int round = 0; round < 3000; round++) {
      byte[] damaged = COMPLETE.clone();
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(damaged.length);
        damaged[at] = random.nextBoolean()
            ? INTERESTING[random.nextInt(INTERESTING.length)]
            : (byte) random.nextInt(256);
      }
      assertRefusedOrRead(damaged, "round " + round);
    }
  }

  private static void assertRefusedOrRead(byte[] bytes, String what) {
    Canvas canvas;
    try {
      canvas = CanvasFiles.fromBytes(bytes, "f.toile.json");
    } catch (CanvasFileException e) {
      assertThat(e.getMessage()).as(what).startsWith("f.toile.json").doesNotContain("\n", "\r");
      return;
    }
    // Damage that left valid JSON gives a canvas that writes and reads back the same.
    assertThat(CanvasFiles.fromBytes(CanvasFiles.toBytes(canvas), "again")).as(what)
        .isEqualTo(canvas);
  }
}
