package app.toile.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times a measure and its floor in turns (A B A B …) so that drift on a shared machine hits both,
 * after unmeasured warm-up turns, and keeps the median of each side.
 *
 * <p>Work done in this JVM warms up for a number of turns and for at least {@link
 * #WARM_UP_SECONDS} seconds, whichever is longer: on two shared cores the just-in-time compiler
 * works through a large code path (Toile's reader, model and validator) for a second or more,
 * while the floor's smaller path through Jackson is compiled sooner, so a count of turns alone
 * measured the compiler's queue rather than the work. Programs started afresh for each turn
 * ({@link #launches}) warm up by count only: nothing carries over from one launch to the next but
 * the disk cache.
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
  /** The least warm-up time of in-process work, per row; {@code -Dbench.warmupSeconds=N}. */
  static final long WARM_UP_SECONDS = Long.getLong("bench.warmupSeconds", 5);

  /** One timed piece of work; it returns something so the JIT cannot drop it. */
  @FunctionalInterface
  interface Work {
    Object run() throws Exception;
  }

  /** Median nanoseconds of the measure and of its floor. */
  record Medians(double measure, double floor) {}

  private Interleaved() {}

  /** Programs launched afresh for each turn, in elapsed time, after a count of warm-up turns. */
  static Medians launches(int warmUps, int runs, Work measure, Work floor) throws Exception {
    warmUp(warmUps, 0, measure, floor);
    return measured(Clock.WALL, runs, measure, floor);
  }

  /** Work done in this JVM, after warm-up turns by count and by time, whichever is longer. */
  static Medians time(Clock clock, int warmUps, int runs, Work measure, Work floor)
      throws Exception {
    warmUp(warmUps, WARM_UP_SECONDS, measure, floor);
    return measured(clock, runs, measure, floor);
  }

  private static void warmUp(int turns, long seconds, Work measure, Work floor) throws Exception {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    for (int i = 0; i < turns || System.nanoTime() - until < 0; i++) {
      consume(measure.run());
      consume(floor.run());
    }
  }

  private static Medians measured(Clock clock, int runs, Work measure, Work floor)
      throws Exception {
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
