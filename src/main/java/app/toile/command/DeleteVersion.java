package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.SnapshotNames;

/**
 * Deletes a version kept in the canvas; undo brings it back in its place.
 *
 * @param name the version's name
 */
public record DeleteVersion(String name) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    if (canvas.snapshot(name).isEmpty()) {
      return canvas;
    }
    return canvas.withSnapshots(canvas.snapshots().stream()
        .filter(s -> !SnapshotNames.same(s.name(), name)).toList());
  }

  @Override
  public String descriptionKey() {
    return "command.deleteVersion";
  }
}
