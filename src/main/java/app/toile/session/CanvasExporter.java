package app.toile.session;

import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * Exports a canvas to a file (PDF, PNG or PowerPoint, from the file's extension) for the editor. A
 * failed export must leave no half-written file and must never replace a canvas, the one exported
 * least of all; failures carry a message in plain words.
 */
@FunctionalInterface
public interface CanvasExporter {

  /**
   * Exports the canvas, its texts in a language, and reports how far it got, from 0 to 1, from the
   * thread that exports. Exporters that cannot tell report nothing.
   *
   * @param source the file the canvas was opened from or saved to, null for an untitled canvas
   */
  void export(Canvas canvas, Path source, Path target, Locale locale, DoubleConsumer progress)
      throws Exception;
}
