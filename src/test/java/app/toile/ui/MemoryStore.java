package app.toile.ui;

import app.toile.io.CanvasFile;
import app.toile.model.Canvas;
import app.toile.model.Guide;
import app.toile.session.CanvasStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Canvas files kept in memory, with a switch that makes the next saves fail like a full disk. */
public final class MemoryStore implements CanvasStore {
  private final Map<Path, CanvasFile> files = new HashMap<>();
  private boolean failSaves;

  public void put(Path file, Canvas canvas) {
    files.put(file, CanvasFile.of(canvas));
  }

  public void put(Path file, CanvasFile canvas) {
    files.put(file, canvas);
  }

  public Canvas get(Path file) {
    CanvasFile f = files.get(file);
    return f == null ? null : f.canvas();
  }

  /** Where the guide stood in a file written here; null when it was off. */
  public Guide guideOf(Path file) {
    return files.get(file).guide();
  }

  public void failSaves(boolean fail) {
    failSaves = fail;
  }

  @Override
  public CanvasFile load(Path file) throws IOException {
    CanvasFile c = files.get(file);
    if (c == null) {
      throw new IOException("The file does not exist.");
    }
    return c;
  }

  @Override
  public void save(CanvasFile canvas, Path file) throws IOException {
    if (failSaves) {
      throw new IOException("No space left on the disk.");
    }
    files.put(file, canvas);
  }
}
