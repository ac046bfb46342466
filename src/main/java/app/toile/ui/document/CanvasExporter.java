package app.toile.ui.document;

import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * Exports a canvas to a file (PDF, PNG or PowerPoint, from the file's extension) for the editor. A failed
 * export must leave no half-written file; failures carry a message in plain words.
 */
public interface CanvasExporter {

  /** Exports the canvas, its texts in a language. */
  void export(Canvas canvas, Path target, Locale locale) throws Exception;

  /**
   * Exports the canvas and reports how far it got, from 0 to 1, from the thread that exports.
   * Exporters that cannot tell report nothing.
   */
  default void export(Canvas canvas, Path target, Locale locale, DoubleConsumer progress)
      throws Exception {
    export(canvas, target, locale);
  }
}
