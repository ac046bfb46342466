package app.toile.session;

import app.toile.command.DeleteVersion;
import app.toile.command.RenameVersion;
import app.toile.command.RestoreVersion;
import app.toile.command.SaveVersion;
import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import app.toile.model.SnapshotNames;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The versions kept inside the open canvas (its snapshots): save one, restore, rename and delete
 * them, each one undoable edit of the canvas; and another canvas file read to compare with,
 * through the session's store (the bounded reader) on the worker.
 */
public final class Versions {
  /** Why a name cannot be given to a version. */
  public enum NameProblem { EMPTY, TAKEN }

  private final Document document;
  private final CanvasStore store;
  private final Executor worker;
  private final Executor ui;
  private Supplier<Instant> clock = Instant::now;

  Versions(Document document, CanvasStore store, Executor worker, Executor ui) {
    this.document = document;
    this.store = store;
    this.worker = worker;
    this.ui = ui;
  }

  /** Sets where the time of a new version comes from (tests fix it). */
  public void setClock(Supplier<Instant> clock) {
    this.clock = clock;
  }

  // Properties

  /** The versions of the open canvas, oldest first. */
  public List<Snapshot> all() {
    return document.canvas().snapshots();
  }

  /** A version by name. */
  public Optional<Snapshot> named(String name) {
    return document.canvas().snapshot(name);
  }

  /**
   * The name proposed for a new version: today's date in the language ("6 Dec 2026",
   * "6 déc. 2026"), numbered when a version already has it.
   */
  public String proposedName(Locale locale) {
    LocalDate today = LocalDate.ofInstant(clock.get(), ZoneId.systemDefault());
    String date = DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(today);
    return SnapshotNames.free(document.canvas(), date);
  }

  /**
   * Why a name cannot be given, if it cannot: blank, or another version's (a version may keep its
   * own name when renamed).
   */
  public Optional<NameProblem> problemOf(String name, String renamed) {
    if (name == null || name.isBlank()) {
      return Optional.of(NameProblem.EMPTY);
    }
    boolean taken = all().stream().anyMatch(s -> SnapshotNames.same(s.name(), name)
        && (renamed == null || !SnapshotNames.same(s.name(), renamed)));
    return taken ? Optional.of(NameProblem.TAKEN) : Optional.empty();
  }

  // Commands

  /** Keeps the canvas as it is now under a name; whether it was kept (a name must be free). */
  public boolean save(String name) {
    if (!document.openProperty().get() || problemOf(name, null).isPresent()) {
      return false;
    }
    return document.execute(new SaveVersion(name.strip(), clock.get()));
  }

  /** Puts a version's canvas in place of the current one; undo brings the current one back. */
  public boolean restore(String name) {
    return document.execute(new RestoreVersion(name));
  }

  /** Renames a version; whether it was renamed (the new name must be free and not blank). */
  public boolean rename(String name, String newName) {
    if (problemOf(newName, name).isPresent()) {
      return false;
    }
    return document.execute(new RenameVersion(name, newName.strip()));
  }

  /** Deletes a version; undo brings it back. */
  public boolean delete(String name) {
    return document.execute(new DeleteVersion(name));
  }

  /**
   * Reads another canvas file to compare with, on the worker; the canvas (its own versions
   * aside) or the one line that says why it could not be read comes back on the UI executor.
   */
  public void readToCompare(Path file, Consumer<Canvas> done, Consumer<String> failed) {
    worker.execute(() -> {
      Canvas read;
      try {
        read = store.load(file).canvas();
      } catch (Exception e) {
        String m = e.getMessage() == null || e.getMessage().isBlank()
            ? e.getClass().getSimpleName() : e.getMessage();
        ui.execute(() -> failed.accept(m));
        return;
      }
      ui.execute(() -> done.accept(read));
    });
  }
}
