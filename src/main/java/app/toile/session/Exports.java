package app.toile.session;

import app.toile.interchange.InterchangeFiles;
import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The export of the open canvas as the export dialog asks for it: the choices remembered for each
 * canvas, the file proposed, and the export itself on the worker, with its progress, a way to
 * cancel it and how it ended (the file written, or why nothing was). A document (PDF, PNG,
 * PowerPoint) goes to the {@link CanvasExporter}; an open format (Markdown, JSON Canvas, CSV) to
 * the open formats' writer. Neither ever replaces a canvas.
 */
public final class Exports {
  /** Where the latest export stands. */
  public enum State { IDLE, RUNNING, DONE, FAILED, CANCELLED }

  private final DocumentFiles files;
  private final CanvasExporter exporter;
  private final Executor worker;
  private final Executor ui;
  private final BooleanProperty busy;
  private final Map<Object, ExportChoices> remembered = new HashMap<>();
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
  private long runs;
  /** The thread exporting now, to interrupt on cancel; guarded by {@code this}. */
  private Thread running;
  private boolean cancelled;

  Exports(DocumentFiles files, CanvasExporter exporter, Executor worker, Executor ui,
      BooleanProperty busy) {
    this.files = files;
    this.exporter = exporter;
    this.worker = worker;
    this.ui = ui;
    this.busy = busy;
    // Choices made for an untitled canvas stay with it once it is saved.
    document().fileProperty().addListener((o, was, now) -> {
      if (was == null && now != null) {
        ExportChoices untitled = remembered.remove(untitledKey());
        if (untitled != null) {
          remembered.putIfAbsent(key(now), untitled);
        }
      }
    });
  }

  private Document document() {
    return files.document();
  }

  // Properties

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** How far the running export is, 0 to 1; negative when none runs. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The file the latest export wrote; null until one succeeds. */
  public ReadOnlyObjectProperty<Path> writtenProperty() {
    return written.getReadOnlyProperty();
  }

  /** Why the latest export wrote nothing, in plain words; null when it did not fail. */
  public ReadOnlyObjectProperty<String> failureProperty() {
    return failure.getReadOnlyProperty();
  }

  /**
   * The choices for the open canvas: those of its last export, or else a PDF on A4, every part,
   * in the canvas's own language ({@code otherwise} when its words do not tell), beside its file.
   */
  public ExportChoices choices(Locale otherwise) {
    ExportChoices last = remembered.get(key(document().file()));
    if (last != null) {
      return last;
    }
    Canvas canvas = document().canvas();
    Path file = document().file();
    Path folder = file == null ? null : file.toAbsolutePath().getParent();
    Path target = folder == null ? null
        : folder.resolve(proposedName() + "." + ExportKind.PDF.extension());
    return new ExportChoices(ExportKind.PDF, null, CanvasLanguage.of(canvas, otherwise), null,
        false, target);
  }

  /**
   * The file name proposed for an export, without extension: the canvas's title, made safe for
   * every file system as a save's is, or the canvas's name when it has no title. An export is a
   * document to hand out, so it takes the work's name even beside a file named otherwise.
   */
  public String proposedName() {
    return SafeFileName.of(document().canvas().header().title(), files.displayName());
  }

  // Commands

  /** Asks where to write the export, starting from the chosen file or the proposed name. */
  public Optional<Path> chooseTarget(ExportChoices choices) {
    Path proposed = choices.target() != null ? choices.target()
        : Path.of(proposedName() + "." + choices.format().extension());
    return files.prompts().chooseExportFile(proposed, choices.format())
        .map(p -> ExportChoices.retarget(p, choices.format()));
  }

  /** Exports the open canvas as chosen, on the worker; remembers the choices for this canvas. */
  public void start(ExportChoices choices) {
    if (busy.get() || choices.target() == null || !document().openProperty().get()) {
      return;
    }
    remembered.put(key(document().file()), choices);
    Canvas snapshot = document().canvas();
    Path source = document().file();
    long run = ++runs;
    synchronized (this) {
      cancelled = false;
    }
    busy.set(true);
    failure.set(null);
    written.set(null);
    progress.set(0);
    state.set(State.RUNNING);
    worker.execute(() -> export(run, snapshot, source, choices));
  }

  /** Stops the running export between two pages; nothing is written. */
  public void cancel() {
    synchronized (this) {
      if (state.get() != State.RUNNING) {
        return;
      }
      cancelled = true;
      if (running != null) {
        running.interrupt();
      }
    }
  }

  /** Forgets how the latest export ended, before the dialog opens again. */
  public void reset() {
    if (state.get() != State.RUNNING) {
      state.set(State.IDLE);
      failure.set(null);
    }
  }

  private void export(long run, Canvas canvas, Path source, ExportChoices choices) {
    Exception failed = null;
    synchronized (this) {
      running = Thread.currentThread();
    }
    try {
      if (!isCancelled() && choices.format().isOpen()) {
        // Text only, written in one go: there is no page between which to stop.
        InterchangeFiles.write(choices.target(), source == null ? List.of() : List.of(source),
            choices.format().open(), canvas, choices.interchangeOptions());
      } else if (!isCancelled()) {
        exporter.export(canvas, source, choices, p -> ui.execute(() -> {
          if (run == runs && state.get() == State.RUNNING) {
            progress.set(p);
          }
        }));
      }
    } catch (Exception e) {
      failed = e;
    }
    boolean stopped;
    synchronized (this) {
      running = null;
      stopped = cancelled || failed instanceof CancellationException;
      // A cancel that came as the export ended must not stop the worker's next job.
      Thread.interrupted();
    }
    Exception f = failed;
    ui.execute(() -> finish(choices.target(), f, stopped));
  }

  private synchronized boolean isCancelled() {
    return cancelled;
  }

  private void finish(Path target, Exception failed, boolean stopped) {
    busy.set(false);
    progress.set(-1);
    if (stopped) {
      state.set(State.CANCELLED);
    } else if (failed != null) {
      String m = failed.getMessage();
      failure.set(m == null || m.isBlank() ? failed.getClass().getSimpleName() : m);
      state.set(State.FAILED);
    } else {
      written.set(target);
      state.set(State.DONE);
    }
  }

  private Object key(Path file) {
    return file == null ? untitledKey() : file.toAbsolutePath().normalize();
  }

  /** An untitled canvas is known by its generation: a new canvas starts afresh. */
  private Object untitledKey() {
    return "untitled:" + (document().revision() >>> 32);
  }
}
