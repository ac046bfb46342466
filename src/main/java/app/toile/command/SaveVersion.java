package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the canvas as it is now as a named, dated version inside the canvas itself. Undoing it
 * takes the version away; saving the file writes it.
 *
 * @param name the version's name; a name already taken is numbered ({@code "v2 (2)"})
 * @param savedAt when it was taken
 */
public record SaveVersion(String name, Instant savedAt) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    List<Snapshot> all = new ArrayList<>(canvas.snapshots());
    all.add(Snapshot.of(name, savedAt, canvas));
    return canvas.withSnapshots(all);
  }

  @Override
  public String descriptionKey() {
    return "command.saveVersion";
  }
}
