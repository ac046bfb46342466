package app.toile.ui.recovery;

import app.toile.session.RecoveredWork;
import java.nio.file.Path;

/**
 * The questions and news of the recovery machinery. The window answers with dialogs; tests answer
 * directly.
 */
public interface RecoveryPrompts {

  /** What to do with a recovery copy found at start-up. */
  enum Offer { RESTORE, DISCARD, LATER }

  /** Offers back the work kept in a recovery copy. */
  Offer offer(RecoveredWork copy);

  /** Asks whether to save over the named canvas's file, which another program changed. */
  boolean overwriteChanged(String canvasName);

  /**
   * Tells, in plain words, that an unexpected error happened.
   *
   * @param log the crash log written, or null when none could be
   * @param workSafe whether the unsaved work is now in a recovery copy
   * @param error the error, for an expandable details area only
   */
  void showCrash(Path log, boolean workSafe, Throwable error);

  /** Tells that a recovery copy could not be read back; it is kept for another try. */
  void showRestoreFailed(RecoveredWork copy, String reason);
}
