package app.toile.ui;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.session.CanvasStore;
import java.nio.file.Path;

/** Canvas files as Toile writes them on disk (JSON), read and written by {@link CanvasFiles}. */
final class FileCanvasStore implements CanvasStore {

  @Override
  public Canvas load(Path file) {
    return LaunchRead.take(file).orElseGet(() -> CanvasFiles.load(file));
  }

  @Override
  public void save(Canvas canvas, Path file) {
    CanvasFiles.save(canvas, file);
  }
}
