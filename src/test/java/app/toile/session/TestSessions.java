package app.toile.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;

/** Sessions for tests without a toolkit: no files, work done at once on the caller's thread. */
public final class TestSessions {
  private TestSessions() {}

  /** A session whose every job runs at once, in English. */
  public static EditorSession direct() {
    return with(Runnable::run, Runnable::run, new SimpleObjectProperty<>(Locale.ENGLISH));
  }

  /** A session that validates large canvases on {@code validation}, publishing through {@code ui}. */
  public static EditorSession with(Executor validation, Executor ui,
      SimpleObjectProperty<Locale> locale) {
    return new EditorSession(new CanvasStore() {
      @Override
      public app.toile.io.CanvasFile load(Path file) throws Exception {
        throw new java.io.IOException("No files in this test.");
      }

      @Override
      public void save(app.toile.io.CanvasFile canvas, Path file) { }
    }, (c, s, t, l, p) -> { }, Runnable::run, validation, ui, new Recent(), locale,
        () -> "Untitled canvas");
  }

  /** Recent files kept in a list. */
  private static final class Recent implements RecentFiles {
    private final List<Path> files = new ArrayList<>();

    @Override
    public List<Path> recentFiles() {
      return List.copyOf(files);
    }

    @Override
    public List<Path> addRecentFile(Path file) {
      files.remove(file);
      files.add(0, file);
      return recentFiles();
    }
  }
}
