package app.toile.ui.window;

import app.toile.session.CanvasExporter;
import app.toile.session.CanvasStore;
import app.toile.session.Samples;
import app.toile.ui.base.UserSettings;
import java.util.concurrent.Executor;

/**
 * What the window needs from outside, so that tests can give it their own: where canvases are read
 * and written, the executors that do slow work off the UI thread, the remembered settings, the
 * samples.
 *
 * @param store canvas files
 * @param exporter PDF and PNG export
 * @param worker runs file reads and writes
 * @param validation validates large canvases
 * @param settings window, theme, language and recent files
 * @param samples the sample canvases ("Open sample…" shows only when there are some)
 */
public record Services(CanvasStore store, CanvasExporter exporter, Executor worker,
    Executor validation, UserSettings settings, Samples samples) {

  /** Services whose one worker also validates large canvases (tests: the caller's thread). */
  public Services(CanvasStore store, CanvasExporter exporter, Executor worker,
      UserSettings settings, Samples samples) {
    this(store, exporter, worker, worker, settings, samples);
  }
}
