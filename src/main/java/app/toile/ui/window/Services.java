package app.toile.ui.window;

import app.toile.ui.base.UserSettings;
import app.toile.ui.document.CanvasExporter;
import app.toile.ui.document.CanvasStore;
import app.toile.ui.document.Samples;
import java.util.concurrent.Executor;

/**
 * What the window needs from outside, so that tests can give it their own: where canvases are read
 * and written, the executor that does it off the UI thread, the remembered settings, the samples.
 *
 * @param store canvas files
 * @param exporter PDF and PNG export
 * @param worker runs file reads and writes
 * @param settings window, theme, language and recent files
 * @param samples the sample canvases ("Open sample…" shows only when there are some)
 */
public record Services(CanvasStore store, CanvasExporter exporter, Executor worker, UserSettings settings, Samples samples) {}
