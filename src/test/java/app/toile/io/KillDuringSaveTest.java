package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL at a random moment while it saves again and again leaves a file
 * that loads whole: the old canvas or the new one, never a mix, and a {@code .bak} that loads too.
 * (A kill is not a power cut, for which the flush to disk is there; it is what a crash or a
 * forced quit does.) 20 kills in the normal tests; {@code -Dtoile.kills=N} or {@code -Pfuzz}
 * (200) for more.
 */
class KillDuringSaveTest {
  private static final int KILLS = Integer.getInteger("toile.kills", 20);

  @Test
  void killedSaveLeavesAWholeCanvas(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.toile.json");
    Path backup = dir.resolve("c.toile.json" + CanvasFormat.BACKUP_SUFFIX);
    Canvas a = SaveLoop.canvas("A");
    Canvas b = SaveLoop.canvas("B");
    Random random = new Random(7);
    int leftA = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      Process saver = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // A quick start: the saves, not the JIT, are what is being killed.
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
          .redirectErrorStream(true)
          .start();
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).isEqualTo("saving");
        Thread.sleep(random.nextInt(300));
        saver.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally, no flush
        assertThat(saver.waitFor(20, TimeUnit.SECONDS)).isTrue();
      }
      Canvas left = CanvasFiles.load(file);
      assertThat(left).as("file after kill %d", kill).isIn(a, b);
      leftA += left.equals(a) ? 1 : 0;
      if (Files.exists(backup)) {
        assertThat(CanvasFiles.load(backup)).as("backup after kill %d", kill).isIn(a, b);
      }
    }
    System.out.printf("%d kills during saves: %d left canvas A, %d canvas B, %d temporary files"
        + " left behind, none damaged%n", KILLS, leftA, KILLS - leftA, temporaryFiles(dir));
  }

  private static long temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
    }
  }
}
