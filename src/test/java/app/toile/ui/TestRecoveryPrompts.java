package app.toile.ui;

import app.toile.session.RecoveredWork;
import app.toile.ui.recovery.RecoveryPrompts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Answers the recovery questions as the test says, and records what the user was told. */
public final class TestRecoveryPrompts implements RecoveryPrompts {
  public Offer offerAnswer = Offer.LATER;
  public boolean overwriteAnswer;
  public final List<RecoveredWork> offered = new ArrayList<>();
  public final List<String> overwriteAsked = new ArrayList<>();
  public final List<Path> crashLogs = new ArrayList<>();
  public final List<Boolean> crashWorkSafe = new ArrayList<>();

  @Override
  public Offer offer(RecoveredWork copy) {
    offered.add(copy);
    return offerAnswer;
  }

  @Override
  public boolean overwriteChanged(String canvasName) {
    overwriteAsked.add(canvasName);
    return overwriteAnswer;
  }

  @Override
  public void showCrash(Path log, boolean workSafe, Throwable error) {
    crashLogs.add(log);
    crashWorkSafe.add(workSafe);
  }

  @Override
  public void showRestoreFailed(RecoveredWork copy, String reason) {
    throw new AssertionError("restore failed: " + reason);
  }
}
