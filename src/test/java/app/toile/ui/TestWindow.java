package app.toile.ui;

import app.toile.ui.base.UserSettings;
import app.toile.ui.dialogs.FxPrompts;
import app.toile.session.CanvasStore;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import app.toile.ui.window.Services;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * The real main window for a test: its settings on a throw-away preferences node, canvases in
 * memory, files read and written on the UI thread, and file choosers answered by the test.
 */
public final class TestWindow {
  public final MemoryStore store = new MemoryStore();
  public final UserSettings settings;
  private final String node;
  public MainWindow window;
  public TestPrompts prompts;

  /** Fresh settings under {@code app/toile/test/NAME}, in a language. */
  public TestWindow(String name, Locale language) {
    node = "app/toile/test/" + name;
    settings = new UserSettings(Preferences.userRoot().node(node));
    settings.clear();
    settings.setLanguage(language);
  }

  /** Builds and shows the window on the test's stage, opening {@code file} when not null. */
  public MainWindow open(Stage stage, Samples samples, Path file) {
    return open(stage, samples, file, store);
  }

  /** The same, with canvases kept by another store (the real files, say). */
  public MainWindow open(Stage stage, Samples samples, Path file, CanvasStore files) {
    window = new MainWindow(stage,
        new Services(files, new FileCanvasExporter(), Runnable::run, settings, samples));
    prompts = new TestPrompts(new FxPrompts(stage, window.localization(), () -> null));
    window.documents().setPrompts(prompts);
    window.show(file);
    return window;
  }

  /** Forgets the settings the test left, node and all. */
  public void forget() {
    settings.clear();
    try {
      Preferences.userRoot().node(node).removeNode();
    } catch (BackingStoreException e) {
      // Left empty, which is harmless.
    }
  }
}
