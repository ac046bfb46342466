package app.toile.bench;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The heap a loaded canvas keeps, against its file size. Method: load once to warm every class
 * and cache up; then, each run, collect until the used heap stops shrinking, note it, load the
 * canvas and hold it, collect again the same way, and take the difference while the canvas is
 * still reachable (see {@link #settledUse()}). Everything the load threw away is gone by then; what is left is the model.
 * The benchmark runs with the serial collector, whose full collections leave no garbage behind.
 */
final class HeapBench {
  private HeapBench() {}

  static Row row(Path file, int runs) {
    long size;
    try {
      size = Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Reference.reachabilityFence(CanvasFiles.load(file));
    long[] retained = new long[runs];
    for (int i = 0; i < runs; i++) {
      retained[i] = retainedByOneLoad(file);
    }
    double median = Interleaved.median(retained);
    return Row.of("retained heap after opening the 10,000-note canvas",
        "its file size", mib(median), mib(size), median / size, 4);
  }

  /**
   * One measurement, in a method of its own: the canvas of the previous run must not linger in a
   * local variable's slot while the next one measures its starting point.
   */
  private static long retainedByOneLoad(Path file) {
    long before = settledUse();
    Canvas canvas = CanvasFiles.load(file);
    long after = settledUse();
    Reference.reachabilityFence(canvas);
    return after - before;
  }

  /**
   * Used heap once full collections no longer free anything. Objects with cleaners or finalizers
   * (file channels, for one) only go on a later collection, after their reference queue has been
   * handled: so each round collects, runs pending finalization and gives the reference handler a
   * moment, and the reading counts once three rounds in a row agree.
   */
  static long settledUse() {
    Runtime runtime = Runtime.getRuntime();
    long used = -1;
    int same = 0;
    for (int round = 0; round < 20 && same < 3; round++) {
      System.gc();
      runFinalization(runtime);
      long now = runtime.totalMemory() - runtime.freeMemory();
      same = now == used ? same + 1 : 0;
      used = now;
    }
    return used;
  }

  @SuppressWarnings({"deprecation", "removal"})
  private static void runFinalization(Runtime runtime) {
    runtime.runFinalization();
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String mib(double bytes) {
    return String.format(Locale.ROOT, "%.2f MiB", bytes / (1024 * 1024));
  }
}
