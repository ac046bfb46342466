package app.toile.ui;

import app.toile.io.CanvasFile;
import app.toile.io.CanvasFiles;
import app.toile.session.CanvasStore;
import java.nio.file.Path;

/** Canvas files as Toile writes them on disk (JSON), read and written by {@link CanvasFiles}. */
final class FileCanvasStore implements CanvasStore {

  @Override
  public CanvasFile load(Path file) {
    return LaunchRead.take(file).orElseGet(() -> CanvasFiles.open(file));
  }

  @Override
  public void save(CanvasFile canvas, Path file) {
    CanvasFiles.save(canvas, file);
  }
}
