package app.toile.session;

import app.toile.model.Canvas;
import java.nio.file.Path;

/**
 * Reads and writes canvas files for the editor. A save must never damage the file already on disk
 * when it fails. Failures carry a message in plain words, shown to the user as it is.
 */
public interface CanvasStore {

  /** Reads a canvas file. */
  Canvas load(Path file) throws Exception;

  /** Writes a canvas file, replacing it only once the new content is fully written. */
  void save(Canvas canvas, Path file) throws Exception;
}
