package app.toile.ui;

import app.toile.model.Canvas;
import app.toile.session.CanvasStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Canvas files kept in memory, with a switch that makes the next saves fail like a full disk. */
public final class MemoryStore implements CanvasStore {
  private final Map<Path, Canvas> files = new HashMap<>();
  private boolean failSaves;

  public void put(Path file, Canvas canvas) {
    files.put(file, canvas);
  }

  public Canvas get(Path file) {
    return files.get(file);
  }

  public void failSaves(boolean fail) {
    failSaves = fail;
  }

  @Override
  public Canvas load(Path file) throws IOException {
    Canvas c = files.get(file);
    if (c == null) {
      throw new IOException("The file does not exist.");
    }
    return c;
  }

  @Override
  public void save(Canvas canvas, Path file) throws IOException {
    if (failSaves) {
      throw new IOException("No space left on the disk.");
    }
    files.put(file, canvas);
  }
}
