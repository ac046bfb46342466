package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import app.toile.model.SnapshotNames;
import java.util.List;

/**
 * Renames a version, keeping its place, date and canvas; a name another version has is numbered.
 *
 * @param name the version's name now
 * @param newName its new name
 */
public record RenameVersion(String name, String newName) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    if (canvas.snapshot(name).isEmpty()) {
      return canvas;
    }
    List<Snapshot> all = canvas.snapshots().stream()
        .map(s -> SnapshotNames.same(s.name(), name) ? s.withName(newName) : s).toList();
    return canvas.withSnapshots(all);
  }

  @Override
  public String descriptionKey() {
    return "command.renameVersion";
  }
}
