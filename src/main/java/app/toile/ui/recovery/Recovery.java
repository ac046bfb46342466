package app.toile.ui.recovery;

import app.toile.session.Autosave;
import app.toile.session.Document;
import app.toile.session.DocumentFiles;
import app.toile.session.RecoveredWork;
import app.toile.session.Recoveries;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.stage.WindowEvent;

/**
 * Keeps the editor's work from being lost: autosave to recovery copies, the offer to restore them
 * at start-up, the watch on the open file for changes made elsewhere, and the one error path.
 * {@link #attach} wires them to a main window; {@link #detach()} undoes what outlives it.
 */
public final class Recovery {
  private final RecoveryHost window;
  private static final System.Logger LOG = System.getLogger(Recovery.class.getName());
  private final Recoveries recoveries;
  private final RecoveryPrompts prompts;
  private final Autosave autosave;
  private final FileWatch watch;
  private final ExternalChangeBar bar;
  private final ErrorPath errors;
  private final ScheduledExecutorService poller;
  private final EventHandler<WindowEvent> cleanClose = e -> autosave().discard();

  private Recovery(RecoveryHost window, RecoverySettings settings, RecoveryPrompts prompts) {
    this.window = window;
    this.recoveries = settings.recoveries();
    this.prompts = prompts;
    DocumentFiles documents = window.documents();
    Document document = documents.document();
    autosave = recoveries.autosave(document, settings.writer(), settings.autosaveEvery(),
        e -> LOG.log(System.Logger.Level.WARNING, "Cannot write the recovery copy: {0}",
            e.getMessage()));
    bar = new ExternalChangeBar(window.localization(), documents::reload, this::keepMine);
    watch = new FileWatch(Platform::runLater, f -> bar.showFor(documents.displayName()),
        () -> prompts.overwriteChanged(documents.displayName()));
    documents.setFileGuard(watch);
    document.fileProperty().addListener((o, was, now) -> {
      if (now == null) {
        watch.forget();
        bar.hideBar();
      }
    });
    window.addTopBar(bar);
    errors = new ErrorPath(autosave, recoveries, prompts);
    window.stage().focusedProperty().addListener((o, was, now) -> {
      if (!now) {
        autosave.writeNow();
      }
    });
    // Hidden only by a clean close: the user saved, or chose not to save.
    window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, cleanClose);
    poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "toile-file-watch");
      t.setDaemon(true);
      return t;
    });
    long every = settings.pollEvery().toMillis();
    poller.scheduleWithFixedDelay(watch::poll, every, every, TimeUnit.MILLISECONDS);
  }

  /** Wires the recovery machinery to a window and starts it. Call on the UI thread. */
  public static Recovery attach(RecoveryHost window, RecoverySettings settings,
      RecoveryPrompts prompts) {
    Recovery r = new Recovery(window, settings, prompts);
    r.errors.install();
    r.autosave.start();
    return r;
  }

  /** Stops everything and gives back the error handler; copies already written stay. */
  public void detach() {
    window.stage().removeEventHandler(WindowEvent.WINDOW_HIDDEN, cleanClose);
    autosave.stop();
    poller.shutdownNow();
    errors.uninstall();
  }

  /**
   * Offers back each recovery copy newer than its file, oldest first. The first one restored opens
   * in the window, unsaved, on its original file (or untitled); the others stay for the next start.
   * Returns whether a copy was restored.
   */
  public boolean offerPending() {
    List<RecoveredWork> pending;
    try {
      pending = recoveries.pending();
    } catch (RuntimeException e) {
      return false;
    }
    for (RecoveredWork copy : pending) {
      switch (prompts.offer(copy)) {
        case RESTORE -> {
          if (restore(copy)) {
            return true;
          }
        }
        case DISCARD -> discard(copy);
        case LATER -> { }
      }
    }
    return false;
  }

  private boolean restore(RecoveredWork copy) {
    try {
      recoveries.restore(copy, window.documents(), autosave);
    } catch (RuntimeException e) {
      prompts.showRestoreFailed(copy, e.getMessage());
      return false;
    }
    if (copy.file() != null) {
      watch.readOrWritten(copy.file());
    }
    return true;
  }

  private void discard(RecoveredWork copy) {
    try {
      recoveries.discard(copy);
    } catch (RuntimeException e) {
      prompts.showRestoreFailed(copy, e.getMessage());
    }
  }

  private void keepMine() {
    watch.acceptDisk();
  }

  /** The autosave, for the window's owner and tests. */
  public Autosave autosave() {
    return autosave;
  }

  /** The watch on the open file. */
  public FileWatch fileWatch() {
    return watch;
  }

  /** The bar shown when the open file changed elsewhere. */
  public ExternalChangeBar externalChangeBar() {
    return bar;
  }
}
