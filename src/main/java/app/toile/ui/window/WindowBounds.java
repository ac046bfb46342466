package app.toile.ui.window;

import app.toile.ui.base.UserSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where the user left it, and remembers where that is. */
final class WindowBounds {
  static final double MIN_WIDTH = 1024;
  static final double MIN_HEIGHT = 700;

  private WindowBounds() {}

  /** Restores the saved bounds when they are still on a screen; otherwise a centred default. */
  static void restore(Stage stage, UserSettings settings) {
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    double[] b = settings.windowBounds();
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    if (b != null && !Screen.getScreensForRectangle(b[0], b[1], b[2], b[3]).isEmpty()) {
      stage.setX(b[0]);
      stage.setY(b[1]);
      stage.setWidth(Math.max(MIN_WIDTH, b[2]));
      stage.setHeight(Math.max(MIN_HEIGHT, b[3]));
    } else {
      stage.setWidth(Math.max(MIN_WIDTH, Math.min(1440, screen.getWidth() * 0.9)));
      stage.setHeight(Math.max(MIN_HEIGHT, Math.min(900, screen.getHeight() * 0.9)));
      stage.centerOnScreen();
    }
    stage.setMaximized(settings.windowMaximized());
  }

  /** Records the bounds (the ones before maximising, since those are what the user set). */
  static void save(Stage stage, UserSettings settings) {
    settings.setWindowMaximized(stage.isMaximized());
    if (!stage.isMaximized() && !stage.isIconified()) {
      settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
  }
}
