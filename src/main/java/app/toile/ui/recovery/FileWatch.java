package app.toile.ui.recovery;

import app.toile.session.FileGuard;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Notices when the open file is changed by another program (another editor, a git pull, a sync
 * tool). It remembers the file's {@link FileStamp} when the editor reads or writes it; {@link #poll()}
 * compares it with the file on disk, off the UI thread, and reports a difference once on the UI
 * thread. Before a save over the file, a difference is put to the user first.
 */
public final class FileWatch implements FileGuard {
  private final Executor ui;
  private final Consumer<Path> changed;
  private final BooleanSupplier confirmOverwrite;
  private volatile Path file;
  private volatile FileStamp known;
  private volatile FileStamp reported;

  /**
   * @param ui runs the report on the UI thread
   * @param changed told of the file that changed on disk (on the UI thread)
   * @param confirmOverwrite asks whether to save over a file that changed on disk
   */
  public FileWatch(Executor ui, Consumer<Path> changed, BooleanSupplier confirmOverwrite) {
    this.ui = ui;
    this.changed = changed;
    this.confirmOverwrite = confirmOverwrite;
  }

  @Override
  public void readOrWritten(Path read) {
    file = read;
    known = FileStamp.of(read);
    reported = null;
  }

  /** Stops watching (a new canvas, the start screen). */
  public void forget() {
    file = null;
    known = null;
    reported = null;
  }

  /** Leaves the file as it is on disk unmentioned until it changes again (the user keeps theirs). */
  public void acceptDisk() {
    reported = null;
    Path f = file;
    if (f != null) {
      known = FileStamp.of(f);
    }
  }

  /** Whether the file on disk differs from what the editor last read or wrote. */
  public boolean changedOnDisk() {
    Path f = file;
    FileStamp k = known;
    return f != null && k != null && !FileStamp.of(f).equals(k);
  }

  /** Looks at the file once; call it from a background thread. */
  public void poll() {
    Path f = file;
    FileStamp k = known;
    if (f == null || k == null) {
      return;
    }
    FileStamp now = FileStamp.of(f);
    if (!now.equals(k) && !now.equals(reported)) {
      reported = now;
      ui.execute(() -> {
        if (f.equals(file)) {
          changed.accept(f);
        }
      });
    }
  }

  @Override
  public boolean mayOverwrite(Path target) {
    if (!target.equals(file) || !changedOnDisk()) {
      return true;
    }
    return confirmOverwrite.getAsBoolean();
  }
}
