package app.toile.ui.gallery;

import app.toile.model.Canvas;
import app.toile.session.SampleCanvas;
import app.toile.ui.base.Localization;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * File &gt; Open sample…: reads the samples in the editor's language off the UI thread (the first
 * read loads the JSON machinery, about a second on a cold start), then shows the gallery and hands
 * the canvas chosen on. A second request while the samples are being read is ignored.
 */
public final class OpenSample {
  private final Window owner;
  private final Localization l10n;
  private final Function<Locale, List<SampleCanvas>> samples;
  private final Executor worker;
  private final Consumer<Canvas> open;
  private final Consumer<RuntimeException> failed;
  private boolean reading;

  /**
   * @param samples reads every sample in a language
   * @param worker runs the reading
   * @param open opens the canvas chosen (as an untitled copy)
   * @param failed tells the user the samples could not be read
   */
  public OpenSample(Window owner, Localization l10n, Function<Locale, List<SampleCanvas>> samples,
      Executor worker, Consumer<Canvas> open, Consumer<RuntimeException> failed) {
    this.owner = owner;
    this.l10n = l10n;
    this.samples = samples;
    this.worker = worker;
    this.open = open;
    this.failed = failed;
  }

  /** Reads the samples, then shows the gallery on the UI thread. */
  public void run() {
    if (reading) {
      return;
    }
    reading = true;
    Locale locale = l10n.locale();
    worker.execute(() -> {
      try {
        List<SampleCanvas> read = samples.apply(locale);
        Platform.runLater(() -> show(read));
      } catch (RuntimeException e) {
        Platform.runLater(() -> {
          reading = false;
          failed.accept(e);
        });
      }
    });
  }

  private void show(List<SampleCanvas> read) {
    reading = false;
    if (!read.isEmpty()) {
      SampleGalleryDialog.choose(owner, l10n, read).ifPresent(open);
    }
  }
}
