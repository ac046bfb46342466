package app.toile.session;

import app.toile.interchange.ImportResult;
import app.toile.interchange.InterchangeFiles;
import app.toile.interchange.InterchangeFormat;
import app.toile.interchange.InterchangeOptions;
import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The open formats for the editor (Markdown, JSON Canvas, CSV): an import opens the canvas read as
 * a new, unsaved, untitled canvas, and an export writes the open canvas, both on the worker so the
 * window stays responsive. Results and failures come back on the UI executor.
 */
public final class OpenFormats {
  private final DocumentFiles files;
  private final Executor worker;
  private final Executor ui;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

  OpenFormats(DocumentFiles files, Executor worker, Executor ui) {
    this.files = files;
    this.worker = worker;
    this.ui = ui;
  }

  /** The formats, each with its file extension ({@code md}, {@code canvas}, {@code csv}). */
  public static List<InterchangeFormat> formats() {
    return List.of(InterchangeFormat.values());
  }

  /** True while an import or an export of an open format runs. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /**
   * Imports a file, after asking about unsaved changes, and opens the canvas read as a new
   * unsaved canvas with no file; then hands over the result (its report says what was dropped).
   *
   * @param format the file's format, or null to take it from the file's extension
   * @param done receives the result once the canvas is open, on the UI executor
   * @param failed receives the one line that says why the file could not be read
   */
  public void importFile(Path file, InterchangeFormat format, Consumer<ImportResult> done,
      Consumer<String> failed) {
    if (busy.get()) {
      return;
    }
    files.whenChangesAreSafe(() -> run(() -> {
      InterchangeFormat f = format != null ? format : InterchangeFormat.ofFile(file);
      if (f == null) {
        throw new IllegalArgumentException(file.getFileName()
            + ": not a Markdown (.md), JSON Canvas (.canvas) or CSV (.csv) file");
      }
      ImportResult result = InterchangeFiles.read(file, f);
      return () -> {
        files.document().restore(result.canvas(), null, null);
        done.accept(result);
      };
    }, failed));
  }

  /**
   * Exports the open canvas to an open format; never over a canvas file, the open one least of
   * all. For CSV, the segments table goes beside the target ({@code NAME.segments.csv}).
   *
   * @param done runs once every file is written, on the UI executor
   * @param failed receives why nothing (or not everything) was written
   */
  public void export(Path target, InterchangeFormat format, Locale locale, boolean byteOrderMark,
      Runnable done, Consumer<String> failed) {
    if (busy.get() || !files.document().openProperty().get()) {
      return;
    }
    Canvas snapshot = files.document().canvas();
    Path source = files.document().file();
    run(() -> {
      InterchangeFiles.write(target, source == null ? List.of() : List.of(source), format,
          snapshot, new InterchangeOptions(locale, byteOrderMark));
      return done;
    }, failed);
  }

  /** What a background job hands back to the UI thread. */
  private interface Job {
    Runnable call() throws Exception;
  }

  private void run(Job job, Consumer<String> failed) {
    busy.set(true);
    worker.execute(() -> {
      Runnable result;
      try {
        result = job.call();
      } catch (Exception e) {
        String m = e.getMessage() == null || e.getMessage().isBlank()
            ? e.getClass().getSimpleName() : e.getMessage();
        ui.execute(() -> {
          busy.set(false);
          failed.accept(m);
        });
        return;
      }
      ui.execute(() -> {
        busy.set(false);
        result.run();
      });
    });
  }
}
