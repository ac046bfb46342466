package app.toile.ui.document;

import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Exports a canvas to a file (PDF or PNG, from the file's extension) for the editor. A failed
 * export must leave no half-written file; failures carry a message in plain words.
 */
public interface CanvasExporter {

  /** Exports the canvas, its texts in a language. */
  void export(Canvas canvas, Path target, Locale locale) throws Exception;
}
