package app.toile.session;

import app.toile.recovery.RecoveryCopy;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved work found in a recovery copy at start-up, as the editor offers it back: what the canvas
 * was called, when the copy was written, and the file it belongs to.
 */
public final class RecoveredWork {
  private final RecoveryCopy copy;

  RecoveredWork(RecoveryCopy copy) {
    this.copy = copy;
  }

  /** The canvas's title when the copy was written, or null when it had none. */
  public String title() {
    return copy.title();
  }

  /** When the copy was written. */
  public Instant written() {
    return copy.written();
  }

  /** The canvas's file, or null for a canvas never saved. */
  public Path file() {
    return copy.document().file();
  }

  /** Why the copy's note could not be read, or null when all is well. */
  public String problem() {
    return copy.problem();
  }

  RecoveryCopy copy() {
    return copy;
  }

  @Override
  public String toString() {
    return copy.copy().getFileName().toString();
  }
}
