package app.toile.ui.print;

import app.toile.model.Canvas;
import app.toile.session.CanvasPrint;
import app.toile.session.EditorSession;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What File › Print… needs of the session: whether a canvas is open, and its page rendered for
 * the printer on the worker, handed back on the UI thread. No scene-graph code.
 */
public final class PrintViewModel {
  private final EditorSession session;
  private final Executor worker;
  private final Executor ui;

  /**
   * @param worker renders the page (seconds at a printer's resolution)
   * @param ui where the page is handed back
   */
  public PrintViewModel(EditorSession session, Executor worker, Executor ui) {
    this.session = session;
    this.worker = worker;
    this.ui = ui;
  }

  /** True while a canvas is open: there is something to print. */
  public ObservableBooleanValue canvasOpenProperty() {
    return session.document().openProperty();
  }

  /**
   * Renders the canvas as it is now for a printer's paper, printable area (points) and
   * resolution; then {@code done} gets the page, or {@code failed} the reason in plain words.
   */
  public void render(String paper, double width, double height, int dpi,
      Consumer<CanvasPrint.Page> done, Consumer<String> failed) {
    Canvas canvas = session.canvas();
    Locale otherwise = session.localeProperty().getValue();
    worker.execute(() -> {
      try {
        CanvasPrint.Page page = CanvasPrint.render(canvas, otherwise, paper, width, height, dpi);
        ui.execute(() -> done.accept(page));
      } catch (Exception | OutOfMemoryError e) {
        String m = e.getMessage();
        ui.execute(() -> failed.accept(m == null ? e.getClass().getSimpleName() : m));
      }
    });
  }
}
