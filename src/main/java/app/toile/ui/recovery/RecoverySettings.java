package app.toile.ui.recovery;

import app.toile.session.Recoveries;
import java.util.concurrent.Executor;
import javafx.util.Duration;

/**
 * Where and how often the editor keeps its work safe; tests give short intervals and folders of
 * their own.
 *
 * @param recoveries the recovery copies and crash logs
 * @param writer writes recovery copies off the UI thread, one at a time, in order
 * @param autosaveEvery the time between two recovery copies
 * @param pollEvery the time between two looks at the open file
 */
public record RecoverySettings(Recoveries recoveries, Executor writer,
    Duration autosaveEvery, java.time.Duration pollEvery) {

  /** The editor's: the user's folders, a copy every 30 seconds, a look at the file every 2. */
  public static RecoverySettings forUser(Executor writer) {
    return new RecoverySettings(Recoveries.forUser(), writer,
        Duration.seconds(30), java.time.Duration.ofSeconds(2));
  }
}
