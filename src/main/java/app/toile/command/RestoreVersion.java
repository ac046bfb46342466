package app.toile.command;

import app.toile.model.Canvas;

/**
 * Puts a version's canvas back in place of the current one, as one edit: undo brings the current
 * canvas back. The versions kept stay as they are, the restored one among them.
 *
 * @param name the version's name
 */
public record RestoreVersion(String name) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    return canvas.snapshot(name)
        .map(s -> s.canvas().withSnapshots(canvas.snapshots()))
        .orElse(canvas);
  }

  @Override
  public String descriptionKey() {
    return "command.restoreVersion";
  }
}
