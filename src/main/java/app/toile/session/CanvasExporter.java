package app.toile.session;

import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * Exports a canvas to a file (PDF, PNG or PowerPoint) for the editor. A failed export must leave
 * no half-written file and must never replace a canvas, the one exported least of all; failures
 * carry a message in plain words. Interrupting the exporting thread cancels the export.
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

  /**
   * Exports the canvas as the export dialog chose: format, paper, language, parts and file. An
   * exporter that knows only files and languages exports every part on A4.
   */
  default void export(Canvas canvas, Path source, ExportChoices choices, DoubleConsumer progress)
      throws Exception {
    export(canvas, source, choices.target(), choices.language(), progress);
  }
}
