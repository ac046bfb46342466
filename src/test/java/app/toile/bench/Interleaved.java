package app.toile.bench;

import java.util.Arrays;

/**
 * Times a measure and its floor in turns (A B A B …) so that drift on a shared machine hits both,
 * after a few unmeasured warm-up turns, and keeps the median of each side.
 */
final class Interleaved {
  /** One timed piece of work; it returns something so the JIT cannot drop it. */
  @FunctionalInterface
  interface Work {
    Object run() throws Exception;
  }

  /** Median nanoseconds of the measure and of its floor. */
  record Medians(double measure, double floor) {}

  private Interleaved() {}

  static Medians time(int warmUps, int runs, Work measure, Work floor) throws Exception {
    for (int i = 0; i < warmUps; i++) {
      consume(measure.run());
      consume(floor.run());
    }
    long[] a = new long[runs];
    long[] b = new long[runs];
    for (int i = 0; i < runs; i++) {
      a[i] = nanos(measure);
      b[i] = nanos(floor);
    }
    return new Medians(median(a), median(b));
  }

  static long nanos(Work work) throws Exception {
    long start = System.nanoTime();
    Object result = work.run();
    long took = System.nanoTime() - start;
    consume(result);
    return took;
  }

  static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  private static int sink;

  /** Keeps a result observable, so that the work producing it is really done. */
  private static void consume(Object result) {
    sink += System.identityHashCode(result);
  }
}
