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
 * still reachable. Everything the load threw away is gone by then; what is left is the model.
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
      long before = settledUse();
      Canvas canvas = CanvasFiles.load(file);
      long after = settledUse();
      Reference.reachabilityFence(canvas);
      retained[i] = after - before;
    }
    double median = Interleaved.median(retained);
    return Row.of("retained heap after opening the 10,000-note canvas",
        "its file size", mib(median), mib(size), median / size, 4);
  }

  /** Used heap once full collections no longer free anything (at most ten of them). */
  static long settledUse() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = runtime.totalMemory() - runtime.freeMemory();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }

  private static String mib(double bytes) {
    return String.format(Locale.ROOT, "%.2f MiB", bytes / (1024 * 1024));
  }
}
