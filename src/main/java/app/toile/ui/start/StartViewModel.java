package app.toile.ui.start;

import app.toile.session.DocumentFiles;
import java.nio.file.Path;
import javafx.collections.ObservableList;

/** What the start screen offers: a new canvas, a file to open, the recent files. */
public final class StartViewModel {
  private final DocumentFiles files;

  public StartViewModel(DocumentFiles files) {
    this.files = files;
  }

  /** The recent files, most recent first. */
  public ObservableList<Path> recentFiles() {
    return files.recentFiles();
  }

  /** A new, empty canvas with the guide on. */
  public void newCanvas() {
    files.newCanvas();
  }

  /** Asks for a file and opens it. */
  public void open() {
    files.open();
  }

  /** Opens a recent file. */
  public void open(Path file) {
    files.open(file);
  }
}
