package app.toile.session;

import app.toile.io.CanvasFile;
import app.toile.model.Canvas;
import app.toile.model.Guide;
import app.toile.recovery.DocumentId;
import app.toile.recovery.RecoveryStore;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Writes a recovery copy of the open canvas while it has unsaved changes: at a fixed interval and
 * whenever {@link #writeNow()} is called (the window losing focus, an error). The canvas is an
 * immutable value taken on the UI thread; the writing runs on the given executor, which must run
 * its tasks in order so that a removal never overtakes the write before it.
 *
 * <p>The copy is removed as soon as the document has nothing unsaved (saved, or changes dropped
 * knowingly) and when the window closes normally.
 */
public final class Autosave {
  private final Document document;
  private final RecoveryStore store;
  private final Executor writer;
  private final Consumer<Exception> failure;
  private final Timeline timer;
  private DocumentId current;
  private Canvas lastWritten;

  /**
   * @param interval the time between two copies (30 seconds in the editor)
   * @param failure told on the writer's thread when a copy cannot be written
   */
  Autosave(Document document, RecoveryStore store, Executor writer, Duration interval,
      Consumer<Exception> failure) {
    this.document = document;
    this.store = store;
    this.writer = writer;
    this.failure = failure;
    timer = new Timeline(new KeyFrame(interval, e -> writeNow()));
    timer.setCycleCount(Timeline.INDEFINITE);
    document.unsavedProperty().addListener((o, was, now) -> {
      if (!now) {
        discard();
      }
    });
    document.fileProperty().addListener((o, was, now) -> {
      if (current != null && !current.equals(idFor(now))) {
        discard();
      }
    });
  }

  /** Starts the timer. */
  public void start() {
    timer.play();
  }

  /** Stops the timer; copies already written stay. */
  public void stop() {
    timer.stop();
  }

  /** Continues the work of a restored copy under its own name, so that it replaces that copy. */
  void adopt(DocumentId restored) {
    current = restored;
    lastWritten = null;
  }

  /** The document the copies are currently written for, or null when none is. */
  public DocumentId current() {
    return current;
  }

  /** Writes a copy now if the canvas has changes not yet in a copy. Call on the UI thread. */
  public void writeNow() {
    if (!document.openProperty().get() || !document.isUnsaved()) {
      return;
    }
    Canvas snapshot = document.canvas();
    if (snapshot.equals(lastWritten) && current != null) {
      return;
    }
    if (current == null) {
      current = idFor(document.file());
    }
    DocumentId id = current;
    Guide guide = document.guide();
    lastWritten = snapshot;
    writer.execute(() -> {
      try {
        store.save(id, new CanvasFile(snapshot, guide));
      } catch (RuntimeException e) {
        failure.accept(e);
      }
    });
  }

  /**
   * Writes a copy at once on the calling thread, whatever was written before: the last step
   * before reporting an error. Returns whether the work is safe: in a copy, or in its file
   * already when nothing was unsaved.
   */
  public boolean writeBeforeCrash() {
    if (!document.openProperty().get() || !document.isUnsaved()) {
      return true;
    }
    if (current == null) {
      current = idFor(document.file());
    }
    store.save(current, new CanvasFile(document.canvas(), document.guide()));
    lastWritten = document.canvas();
    return true;
  }

  /** Removes the current copy, if any (a clean close, a save, changes dropped). */
  public void discard() {
    DocumentId id = current;
    current = null;
    lastWritten = null;
    if (id != null) {
      writer.execute(() -> {
        try {
          store.discard(id);
        } catch (RuntimeException e) {
          failure.accept(e);
        }
      });
    }
  }

  private static DocumentId idFor(Path file) {
    return file == null ? DocumentId.newUntitled() : DocumentId.of(file);
  }
}
