package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed at a random moment while it saves again and again leaves a file that loads
 * whole: the old canvas or the new one, never a mix. (A kill is not a power cut, for which the
 * flush to disk is there; it is what a crash or a forced quit does.)
 */
class KillDuringSaveTest {
  private static final int KILLS = 5;

  @Test
  void killedSaveLeavesAWholeCanvas(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.toile.json");
    Canvas a = SaveLoop.canvas("A");
    Canvas b = SaveLoop.canvas("B");
    Random random = new Random(7);
    for (int kill = 0; kill < KILLS; kill++) {
      Process saver = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
          .redirectErrorStream(true)
          .start();
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).isEqualTo("saving");
        Thread.sleep(50 + random.nextInt(400));
        saver.destroyForcibly();
        assertThat(saver.waitFor(20, TimeUnit.SECONDS)).isTrue();
      }
      Canvas left = CanvasFiles.load(file);
      assertThat(left).as("after kill " + (kill + 1)).isIn(a, b);
    }
  }
}
