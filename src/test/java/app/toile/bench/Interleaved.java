package app.toile.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times a measure and its floor in turns (A B A B …) so that drift on a shared machine hits both,
 * after a few unmeasured warm-up turns, and keeps the median of each side.
 */
final class Interleaved {
  /** How a run is timed. */
  enum Clock {
    /** Elapsed time: for work that waits on the disk or on other processes. */
    WALL,
    /**
     * CPU time of the measuring thread plus the collectors' time during the run: for work done
     * on this thread alone, so that the other programs sharing the cores do not count.
     */
    CPU
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** One timed piece of work; it returns something so the JIT cannot drop it. */
  @FunctionalInterface
  interface Work {
    Object run() throws Exception;
  }

  /** Median nanoseconds of the measure and of its floor. */
  record Medians(double measure, double floor) {}

  private Interleaved() {}

  static Medians time(int warmUps, int runs, Work measure, Work floor) throws Exception {
    return time(Clock.WALL, warmUps, runs, measure, floor);
  }

  static Medians time(Clock clock, int warmUps, int runs, Work measure, Work floor)
      throws Exception {
    for (int i = 0; i < warmUps; i++) {
      consume(measure.run());
      consume(floor.run());
    }
    long[] a = new long[runs];
    long[] b = new long[runs];
    for (int i = 0; i < runs; i++) {
      a[i] = clock == Clock.WALL ? nanos(measure) : cpuNanos(measure);
      b[i] = clock == Clock.WALL ? nanos(floor) : cpuNanos(floor);
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

  static long cpuNanos(Work work) throws Exception {
    long gc = collectorMillis();
    long start = THREADS.getCurrentThreadCpuTime();
    Object result = work.run();
    long took = THREADS.getCurrentThreadCpuTime() - start;
    long collecting = (collectorMillis() - gc) * 1_000_000L;
    consume(result);
    return took + collecting;
  }

  private static long collectorMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
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
