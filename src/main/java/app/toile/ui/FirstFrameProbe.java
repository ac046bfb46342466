package app.toile.ui;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Reports when a window's first frame with its content has been shown, then ends the program:
 * the start-up benchmark launches the editor with {@value #PROPERTY}{@code =true} and reads the
 * line {@code first-frame <nanoseconds since the JVM started>}. Without the property, nothing is
 * attached and start-up pays one property lookup.
 */
public final class FirstFrameProbe {
  /** The system property that asks for the report. */
  public static final String PROPERTY = "toile.firstFrame";
  /**
   * The system property that also asks for the phases of start-up, each printed as
   * {@code phase <name> <milliseconds since the JVM started>}, and each pulse's styling and
   * layout until the first frame, as {@code pulse <start> <end>}, then the CPU time spent by
   * then, by the whole program and by the FX thread, as {@code cpu <ms> fx-thread <ms>}.
   */
  public static final String PHASES = "toile.startupPhases";

  private FirstFrameProbe() {}

  /** Whether this run was asked to report its first frame. */
  public static boolean asked() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** Prints a phase of start-up when asked for them. */
  public static void phase(String name) {
    if (Boolean.getBoolean(PHASES)) {
      System.out.println("phase " + name + " " + sinceStart());
    }
  }

  private static long sinceStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  /**
   * After the first pulse in which {@code ready} holds, prints the report and exits. The pulse
   * lays the scene out and hands it to the renderer; the report runs once that pulse is over.
   */
  public static void reportWhen(Scene scene, BooleanSupplier ready) {
    whenDrawn(scene, ready, () -> {
      if (Boolean.getBoolean(PHASES)) {
        // CPU time spent, which a busy machine stretches less than the time on the clock.
        long process = ProcessHandle.current().info().totalCpuDuration()
            .map(java.time.Duration::toMillis).orElse(-1L);
        System.out.println("cpu " + process + " fx-thread "
            + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000L);
      }
      System.out.println("first-frame " + sinceStart() * 1_000_000L);
      System.out.flush();
      // Straight out: no save prompt, no settings written, nothing else measured.
      Runtime.getRuntime().halt(0);
    });
  }

  /**
   * Runs {@code then} on the FX thread once the first pulse in which {@code ready} holds is over:
   * that pulse has laid the scene out and handed its frame to the renderer.
   */
  static void whenDrawn(Scene scene, BooleanSupplier ready, Runnable then) {
    Runnable[] listener = new Runnable[1];
    long[] pulseStart = new long[1];
    Runnable beforePulse = () -> pulseStart[0] = sinceStart();
    if (Boolean.getBoolean(PHASES)) {
      scene.addPreLayoutPulseListener(beforePulse);
    }
    listener[0] = () -> {
      if (Boolean.getBoolean(PHASES)) {
        System.out.println("pulse " + pulseStart[0] + " " + sinceStart());
      }
      if (!ready.getAsBoolean()) {
        return;
      }
      scene.removePostLayoutPulseListener(listener[0]);
      scene.removePreLayoutPulseListener(beforePulse);
      Platform.runLater(then);
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
