package app.toile.session;

import app.toile.io.CanvasFile;
import app.toile.model.Canvas;
import app.toile.model.Guide;
import app.toile.session.DocumentPrompts.SaveChoice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session's slow work: new, open, save and save as, with the prompt to save unsaved changes
 * first, and export (see {@link Exports}). Reading and writing
 * run on a worker executor and report back on the UI executor (both replaceable in tests); while
 * one runs, {@link #busyProperty()} is true and other file actions are ignored.
 */
public final class DocumentFiles {
  /** The extension of canvas files. */
  public static final String EXTENSION = app.toile.io.CanvasFormat.EXTENSION;

  private final Document document;
  private final CanvasStore store;
  private final RecentFiles settings;
  private final Executor worker;
  private final Executor ui;
  private final Supplier<String> untitledName;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final Exports exports;
  private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
  private DocumentPrompts prompts;
  private FileGuard guard = new FileGuard() { };

  public DocumentFiles(Document document, CanvasStore store, CanvasExporter exporter,
      RecentFiles settings, Executor worker, Executor ui, Supplier<String> untitledName) {
    this.document = document;
    this.store = store;
    this.settings = settings;
    this.worker = worker;
    this.ui = ui;
    this.untitledName = untitledName;
    recentFiles.setAll(settings.recentFiles());
    this.exports = new Exports(this, exporter, worker, ui, busy);
  }

  /** Sets who answers the questions (the window's dialogs, or a test). */
  public void setPrompts(DocumentPrompts prompts) {
    this.prompts = prompts;
  }

  DocumentPrompts prompts() {
    return prompts;
  }

  /** Sets who watches the open file for changes made elsewhere. */
  public void setFileGuard(FileGuard guard) {
    this.guard = guard;
  }

  // Properties

  public Document document() {
    return document;
  }

  /** True while a file is read or written. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  /** The recent files, most recent first. */
  public ObservableList<Path> recentFiles() {
    return FXCollections.unmodifiableObservableList(recentFiles);
  }

  /**
   * The name shown for the canvas in the window's title: its file name without extension; before
   * its first save, its title; else "Untitled canvas".
   */
  public String displayName() {
    Path f = document.file();
    if (f == null) {
      return title().orElseGet(untitledName);
    }
    String name = f.getFileName().toString();
    return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
  }

  /**
   * The name the prompts give the work (save your changes to…?): the canvas's title, else the name
   * shown in the window.
   */
  public String workName() {
    return title().orElseGet(this::displayName);
  }

  /**
   * The file name proposed when saving or exporting, without extension: the file's own name once
   * saved; before that, the title made safe for file names, else "Untitled canvas".
   */
  public String suggestedFileName() {
    return document.file() != null ? displayName()
        : SafeFileName.of(title().orElse(null), untitledName.get());
  }

  private Optional<String> title() {
    String t = document.canvas().header().title();
    return t == null || t.isBlank() ? Optional.empty()
        : Optional.of(t.strip().replaceAll("\\s+", " "));
  }

  // Commands

  /** Starts a new, empty canvas, with the guide on at its start, after asking about unsaved changes. */
  public void newCanvas() {
    whenChangesAreSafe(() -> document.load(Canvas.empty(), Guide.START, null));
  }

  /** Asks for a file and opens it, after asking about unsaved changes. */
  public void open() {
    whenChangesAreSafe(() -> prompts.chooseFileToOpen().ifPresent(this::read));
  }

  /** Opens a given file (a recent file, a dropped file, the command line's argument). */
  public void open(Path file) {
    whenChangesAreSafe(() -> read(file));
  }

  /** Opens a canvas read elsewhere (a sample) as a new canvas: saving it never overwrites its source. */
  public void openAsNew(Canvas canvas) {
    whenChangesAreSafe(() -> document.load(canvas, null));
  }

  /** Opens a canvas recovered after a crash as unsaved work on its file (null: untitled). */
  public void openRecovered(CanvasFile recovered, Path file) {
    whenChangesAreSafe(() -> document.restore(recovered.canvas(), recovered.guide(), file));
  }

  /** Reads the open file again, dropping the changes made here (the user chose to). */
  public void reload() {
    if (!busy.get() && document.file() != null) {
      read(document.file());
    }
  }

  /** Saves to the canvas's file, or asks for one. */
  public void save() {
    save(() -> {});
  }

  /** Asks for a file and saves the canvas there. */
  public void saveAs() {
    saveAs(() -> {});
  }

  /** The export of the open canvas: choices, progress, cancel and outcome. */
  public Exports exports() {
    return exports;
  }

  /** How far the running export is, 0 to 1; negative when no export runs. */
  public ReadOnlyDoubleProperty exportProgressProperty() {
    return exports.progressProperty();
  }

  /**
   * Runs {@code next} once the unsaved changes are saved or knowingly dropped; never when the user
   * cancels or the save fails.
   */
  public void whenChangesAreSafe(Runnable next) {
    if (busy.get()) {
      return;
    }
    if (!document.openProperty().get() || !document.isUnsaved()) {
      next.run();
      return;
    }
    SaveChoice choice = prompts.askSaveChanges(workName());
    switch (choice) {
      case SAVE -> save(next);
      case DISCARD -> next.run();
      case CANCEL -> { }
    }
  }

  private void save(Runnable then) {
    if (document.file() == null) {
      saveAs(then);
    } else {
      write(document.file(), then);
    }
  }

  private void saveAs(Runnable then) {
    if (busy.get() || !document.openProperty().get()) {
      return;
    }
    String proposed = suggestedFileName() + EXTENSION;
    prompts.chooseFileToSave(proposed).map(DocumentFiles::withExtension)
        .ifPresent(f -> write(f, then));
  }

  private static Path withExtension(Path f) {
    String name = f.getFileName().toString();
    return name.contains(".") ? f : f.resolveSibling(name + EXTENSION);
  }

  private void read(Path file) {
    run(() -> {
      CanvasFile loaded = store.load(file);
      return () -> {
        document.load(loaded.canvas(), loaded.guide(), file);
        guard.readOrWritten(file);
        remember(file);
      };
    }, "error.open", file);
  }

  /** What a background job hands back to the UI thread. */
  private interface Job {
    Runnable call() throws Exception;
  }

  /** Runs a job on the worker, then its result on the UI; a failure is shown in plain words. */
  private void run(Job job, String errorKey, Path file) {
    busy.set(true);
    worker.execute(() -> {
      Runnable result;
      try {
        result = job.call();
      } catch (Exception e) {
        ui.execute(() -> {
          busy.set(false);
          prompts.showError(errorKey, file, messageOf(e));
        });
        return;
      }
      ui.execute(() -> {
        busy.set(false);
        result.run();
      });
    });
  }

  private void write(Path file, Runnable then) {
    if (file.equals(document.file()) && !guard.mayOverwrite(file)) {
      return;
    }
    Canvas snapshot = document.canvas();
    CanvasFile written = new CanvasFile(snapshot, document.guide());
    run(() -> {
      store.save(written, file);
      return () -> {
        document.saved(file, snapshot);
        guard.readOrWritten(file);
        remember(file);
        then.run();
      };
    }, "error.save", file);
  }

  private void remember(Path file) {
    recentFiles.setAll(settings.addRecentFile(file));
  }

  private static String messageOf(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
