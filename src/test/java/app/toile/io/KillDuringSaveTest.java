package app.toile.io;

import app.toile.recovery.DocumentId;
import app.toile.recovery.RecoveryCopy;
import app.toile.recovery.RecoveryStore;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL at a random moment while it saves again and again leaves a file
 * that loads whole: the old canvas or the new one, never a mix, and a {@code .bak} that loads too.
 * (A kill is not a power cut, for which the flush to disk is there; it is what a crash or a
 * forced quit does.) The same holds for recovery copies, which then bring the unsaved work back.
 * 20 kills in the normal tests; {@code -Dtoile.kills=N} or {@code -Pfuzz} (200) for more.
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
      killWhileSaving(random, SaveLoop.class, file.toString());
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

  /**
   * Unsaved work comes back after a kill: an editor killed while it writes recovery copies leaves
   * one whole copy, offered at the next start and restoring one of the two canvases.
   */
  @Test
  void killedEditorLeavesARecoveryCopyThatIsOfferedAndRestores(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.toile.json");
    Path folder = dir.resolve("recovery");
    Canvas saved = Canvas.empty();
    CanvasFiles.save(saved, file);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    Random random = new Random(11);
    for (int kill = 1; kill <= Math.max(5, KILLS / 4); kill++) {
      killWhileSaving(random, RecoveryLoop.class, folder.toString(), file.toString());
      RecoveryStore store = new RecoveryStore(folder);
      List<RecoveryCopy> pending = store.pending();
      assertThat(pending).as("copies offered after kill %d", kill).hasSize(1);
      assertThat(pending.get(0).document()).isEqualTo(DocumentId.of(file));
      assertThat(store.restore(pending.get(0)).canvas()).as("copy after kill %d", kill)
          .isIn(SaveLoop.canvas("A"), SaveLoop.canvas("B"));
    }
    assertThat(CanvasFiles.load(file)).isEqualTo(saved);
  }

  /** Starts a saving loop in a new JVM and kills it with SIGKILL at a random moment. */
  private static void killWhileSaving(Random random, Class<?> loop, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A quick start: the saves, not the JIT, are what is being killed.
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), loop.getName()));
    command.addAll(List.of(args));
    Process saver = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("saving");
      Thread.sleep(random.nextInt(300));
      saver.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally, no flush
      assertThat(saver.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static long temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
    }
  }
}
