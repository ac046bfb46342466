package app.toile.session;

import app.toile.io.SampleCatalog;
import java.util.List;
import java.util.Locale;

/**
 * The sample canvases the window offers ("Open sample…" shows only when there are some): the ones
 * shipped inside the application, or none (tests, and a build without samples).
 */
public final class Samples {
  private final boolean shipped;

  private Samples(boolean shipped) {
    this.shipped = shipped;
  }

  /** The samples packed with this installation. */
  public static Samples installed() {
    return new Samples(true);
  }

  /** No samples. */
  public static Samples none() {
    return new Samples(false);
  }

  /** Whether there are none to offer. */
  public boolean isEmpty() {
    if (!shipped) {
      return true;
    }
    try {
      return SampleCatalog.names().isEmpty();
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** Every sample, read, in a language; in gallery order. */
  public List<SampleCanvas> all(Locale locale) {
    if (!shipped) {
      return List.of();
    }
    return SampleCatalog.all(locale).stream()
        .map(s -> new SampleCanvas(s.name(), s.description(), s.canvas())).toList();
  }
}
