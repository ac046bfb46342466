package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.generate.CanvasGenerator;
import app.toile.generate.GeneratorSettings;
import app.toile.model.Canvas;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading grows with the file, not faster: time in proportion to its size, and heap bounded by a
 * small multiple of it. The machines running these tests are shared and noisy, so times are the
 * best of several interleaved runs, and the heap is measured after full collections or by giving
 * a separate JVM a heap just large enough.
 */
class LoadingScalesTest {
  private static final byte[] SMALL = generated(50, 1_000); // about 0.3 MB
  private static final byte[] LARGE = generated(500, 10_000); // about 3 MB

  /**
   * A 10x larger file takes at most about 15x longer to load (relative to the real size ratio).
   * A loader that is quadratic somewhere would take 100x. Time is the loading thread's CPU time,
   * so that other processes on a shared machine do not count, measured after a collection so that
   * garbage of earlier runs is not paid by this one. Each attempt takes the best of seven runs of
   * each size, interleaved so that a slow spell hits both; a noisy machine gets five attempts, a
   * quadratic loader fails them all.
   */
  @Test
  void tenTimesLargerLoadsInAtMostAboutFifteenTimesTheTime() {
    double sizeRatio = (double) LARGE.length / SMALL.length;
    double allowed = 15 * sizeRatio / 10;
    for (int warmUp = 0; warmUp < 5; warmUp++) {
      load(SMALL);
      load(LARGE);
    }
    double ratio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 5 && ratio > allowed; attempt++) {
      long small = Long.MAX_VALUE;
      long large = Long.MAX_VALUE;
      for (int run = 0; run < 7; run++) {
        small = Math.min(small, load(SMALL));
        large = Math.min(large, load(LARGE));
      }
      ratio = (double) large / small;
    }
    System.out.printf("loading a %.1fx larger file took %.1fx the CPU time (best runs)%n", sizeRatio,
        ratio);
    assertThat(sizeRatio).isBetween(8.0, 12.0);
    assertThat(ratio).as("time ratio for a %.1fx larger file", sizeRatio).isLessThanOrEqualTo(allowed);
  }

  /**
   * The loaded canvas keeps about 1.4 bytes of heap per byte of file (measured); three is the
   * bound. Measured after full collections, the lowest of three tries, so that garbage of other
   * threads cannot make it look larger.
   */
  @Test
  void loadedCanvasRetainsAtMostThreeTimesTheFileSize() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long retained = Long.MAX_VALUE;
    for (int attempt = 0; attempt < 3; attempt++) {
      collect();
      long before = memory.getHeapMemoryUsage().getUsed();
      Canvas canvas = CanvasFiles.fromBytes(LARGE, "large.toile.json");
      collect();
      long after = memory.getHeapMemoryUsage().getUsed();
      assertThat(canvas.noteCount()).isEqualTo(10_000); // keeps the canvas reachable until here
      retained = Math.min(retained, after - before);
    }
    assertThat(retained).isLessThanOrEqualTo(3L * LARGE.length);
  }

  /**
   * While loading, the heap holds the file's bytes, its text (1 or 2 bytes a character), the
   * parser's copy of it (2 bytes a character) and the canvas (about 1.4x): about six times the
   * file at the peak. A separate JVM with a heap of eight times a 9.5 MB file, plus 16 MB for
   * the JVM itself, must load it: a loader that held the file several times more would run out of
   * memory. (Measured here: 64 MB is enough, 48 MB is not.)
   */
  @Test
  void separateJvmLoadsAFileWithAHeapOfEightTimesItsSize(@TempDir Path dir) throws Exception {
    byte[] bytes = generated(1_500, 30_000);
    Path file = dir.resolve("huge.toile.json");
    Files.write(file, bytes);
    long heapMb = (8L * bytes.length) / (1024 * 1024) + 16;
    Process loader = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"),
        LoadOnce.class.getName(), file.toString())
        .redirectErrorStream(true)
        .start();
    String out = new String(loader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(loader.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).as("with -Xmx%dm", heapMb).isEqualTo("1500 30000\n");
    assertThat(loader.exitValue()).isZero();
  }

  /** The CPU time the loading thread spends loading the bytes, in nanoseconds. */
  private static long load(byte[] bytes) {
    System.gc();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    Canvas canvas = CanvasFiles.fromBytes(bytes, "f.toile.json");
    long time = threads.getCurrentThreadCpuTime() - start;
    assertThat(canvas.segments()).isNotEmpty();
    return time;
  }

  private static void collect() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static byte[] generated(int segments, int notes) {
    return CanvasFiles.toBytes(CanvasGenerator.generate(new GeneratorSettings(segments, notes, 11,
        false)));
  }
}
