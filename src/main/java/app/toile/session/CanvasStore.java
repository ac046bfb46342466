package app.toile.session;

import app.toile.io.CanvasFile;
import java.nio.file.Path;

/**
 * Reads and writes canvas files for the editor. A save must never damage the file already on disk
 * when it fails. Failures carry a message in plain words, shown to the user as it is.
 */
public interface CanvasStore {

  /** Reads a canvas file: the canvas, and the guide's place beside it. */
  CanvasFile load(Path file) throws Exception;

  /** Writes a canvas file, replacing it only once the new content is fully written. */
  void save(CanvasFile canvas, Path file) throws Exception;
}
