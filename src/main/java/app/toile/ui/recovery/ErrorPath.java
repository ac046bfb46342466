package app.toile.ui.recovery;

import app.toile.session.Autosave;
import app.toile.session.Recoveries;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * The one way unexpected errors go, from any thread: first the unsaved work is put in a recovery
 * copy, then a crash log is written, then the user is told in plain words. The editor keeps
 * running: the failed action is lost, the window and the canvas are not.
 *
 * <p>Everything happens on the UI thread, where the canvas can be read safely; an error while an
 * error is being handled is only logged, so a broken dialog cannot loop.
 */
public final class ErrorPath implements Thread.UncaughtExceptionHandler {
  private final Autosave autosave;
  private final Recoveries recoveries;
  private final RecoveryPrompts prompts;
  private Thread.UncaughtExceptionHandler previous;
  private boolean handling;

  public ErrorPath(Autosave autosave, Recoveries recoveries, RecoveryPrompts prompts) {
    this.autosave = autosave;
    this.recoveries = recoveries;
    this.prompts = prompts;
  }

  /** Becomes the handler of every thread's uncaught errors, the UI thread's included. */
  public void install() {
    previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(this);
  }

  /** Gives the handling back to whoever had it before {@link #install()}. */
  public void uninstall() {
    if (Thread.getDefaultUncaughtExceptionHandler() == this) {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    if (Platform.isFxApplicationThread()) {
      handle(thread, error);
      return;
    }
    try {
      Platform.runLater(() -> handle(thread, error));
    } catch (IllegalStateException toolkitGone) {
      // The window is gone: a log is all that can still be done.
      writeLog(thread, error);
    }
  }

  private void handle(Thread thread, Throwable error) {
    if (handling) {
      writeLog(thread, error);
      return;
    }
    handling = true;
    try {
      boolean safe = saveWork();
      Path written = writeLog(thread, error);
      prompts.showCrash(written, safe, error);
    } catch (RuntimeException | LinkageError dialogFailed) {
      writeLog(Thread.currentThread(), dialogFailed);
    } finally {
      handling = false;
    }
  }

  private boolean saveWork() {
    try {
      return autosave.writeBeforeCrash();
    } catch (RuntimeException e) {
      writeLog(Thread.currentThread(), e);
      return false;
    }
  }

  private Path writeLog(Thread thread, Throwable error) {
    try {
      return recoveries.writeCrashLog(thread, error);
    } catch (RuntimeException e) {
      // Nowhere left to write: the console is the last witness.
      error.printStackTrace();
      return null;
    }
  }
}
