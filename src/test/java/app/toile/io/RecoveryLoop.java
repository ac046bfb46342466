package app.toile.io;

import app.toile.model.Canvas;
import app.toile.recovery.DocumentId;
import app.toile.recovery.RecoveryStore;
import java.nio.file.Path;

/**
 * A process that writes recovery copies of two canvases in turn until it is killed, as an editor
 * with unsaved changes does, for {@link KillDuringSaveTest}.
 */
public final class RecoveryLoop {
  private RecoveryLoop() {}

  /** Arguments: the recovery folder, then the canvas file the copies belong to. */
  public static void main(String[] args) {
    RecoveryStore store = new RecoveryStore(Path.of(args[0]));
    DocumentId document = DocumentId.of(Path.of(args[1]));
    Canvas a = SaveLoop.canvas("A");
    Canvas b = SaveLoop.canvas("B");
    store.save(document, a);
    System.out.println("saving");
    System.out.flush();
    while (true) {
      store.save(document, b);
      store.save(document, a);
    }
  }
}
