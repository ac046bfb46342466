package app.toile.session;

import app.toile.io.CanvasFile;
import app.toile.recovery.CrashLog;
import app.toile.recovery.RecoveryStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.util.Duration;

/**
 * The editor's safety net below the window: recovery copies of unsaved work, written by an
 * {@link Autosave} and offered back at the next start, and the crash logs of unexpected errors.
 * The recovery feature reaches both through here and never touches their files.
 */
public final class Recoveries {
  private final RecoveryStore store;
  private final CrashLog crashLog;

  public Recoveries(RecoveryStore store, CrashLog crashLog) {
    this.store = store;
    this.crashLog = crashLog;
  }

  /** The user's: the recovery and log folders of Toile's data folder. */
  public static Recoveries forUser() {
    return new Recoveries(RecoveryStore.forUser(), CrashLog.forUser());
  }

  /**
   * The work to offer back, oldest first: copies of untitled canvases, of files that are gone and
   * of files not saved since.
   *
   * @throws RuntimeException when the recovery folder cannot be listed
   */
  public List<RecoveredWork> pending() {
    return store.pending().stream().map(RecoveredWork::new).toList();
  }

  /**
   * Opens a copy in the editor, unsaved, on its original file (or untitled); the autosave then
   * writes later copies of this work over it rather than beside it.
   *
   * @throws RuntimeException with one line to show when the copy cannot be read back; it is then
   *     kept for another try
   */
  public void restore(RecoveredWork work, DocumentFiles documents, Autosave autosave) {
    CanvasFile canvas = store.restore(work.copy());
    documents.openRecovered(canvas, work.file());
    autosave.adopt(work.copy().document());
  }

  /** Removes a copy the user refused. */
  public void discard(RecoveredWork work) {
    store.discard(work.copy());
  }

  /**
   * An autosave of the document into this store.
   *
   * @param writer runs the writes off the UI thread, one at a time, in order
   * @param interval the time between two copies
   * @param failure told on the writer's thread when a copy cannot be written
   */
  public Autosave autosave(Document document, Executor writer, Duration interval,
      Consumer<Exception> failure) {
    return new Autosave(document, store, writer, interval, failure);
  }

  /**
   * Writes a crash log of an unexpected error.
   *
   * @return the log written
   * @throws RuntimeException when none can be
   */
  public Path writeCrashLog(Thread thread, Throwable error) {
    return crashLog.write(thread, error);
  }
}
