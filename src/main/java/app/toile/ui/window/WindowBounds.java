package app.toile.ui.window;

import app.toile.ui.base.UserSettings;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window back where the user left it, and remembers where that is. Saved bounds are
 * fitted to the screens present now (a window left at 2560×1440 comes back whole on a 1024×700
 * screen), and a first start takes about nine tenths of the screen, centred.
 */
final class WindowBounds {
  static final double MIN_WIDTH = 1024;
  static final double MIN_HEIGHT = 700;
  /** The share of the screen a first window takes, in each direction. */
  static final double FIRST_SHARE = 0.9;

  private WindowBounds() {}

  /** Restores the saved bounds fitted to today's screens, and the maximised state. */
  static void restore(Stage stage, UserSettings settings) {
    List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    Rectangle2D primary = Screen.getPrimary().getVisualBounds();
    double[] b = settings.windowBounds();
    // Bounds that make no rectangle (edited by hand, say) count as none.
    Rectangle2D saved = b == null || !(b[2] > 0 && b[3] > 0) || !Double.isFinite(b[0] + b[1] + b[2] + b[3])
        ? null : new Rectangle2D(b[0], b[1], b[2], b[3]);
    Rectangle2D screen = screenFor(saved, screens, primary);
    Rectangle2D fitted = fit(saved, screens, primary);
    // A screen smaller than the editor's least size still shows the whole window.
    stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
    stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
    stage.setX(fitted.getMinX());
    stage.setY(fitted.getMinY());
    stage.setWidth(fitted.getWidth());
    stage.setHeight(fitted.getHeight());
    stage.setMaximized(settings.windowMaximized());
  }

  /**
   * Where the window goes: the saved bounds moved and shrunk into the screen they overlap most (the
   * primary screen when they overlap none), or, with none saved, nine tenths of the primary screen,
   * centred. The window is never smaller than the editor's least size unless the screen is.
   *
   * @param saved the bounds saved last time, or null on a first start
   * @param screens the visual bounds of the screens present now
   * @param primary the primary screen's visual bounds
   */
  static Rectangle2D fit(Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D primary) {
    Rectangle2D screen = screenFor(saved, screens, primary);
    double w;
    double h;
    if (saved == null) {
      w = fitted(screen.getWidth() * FIRST_SHARE, MIN_WIDTH, screen.getWidth());
      h = fitted(screen.getHeight() * FIRST_SHARE, MIN_HEIGHT, screen.getHeight());
      return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
          screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }
    w = fitted(saved.getWidth(), MIN_WIDTH, screen.getWidth());
    h = fitted(saved.getHeight(), MIN_HEIGHT, screen.getHeight());
    double x = clamp(saved.getMinX(), screen.getMinX(), screen.getMaxX() - w);
    double y = clamp(saved.getMinY(), screen.getMinY(), screen.getMaxY() - h);
    return new Rectangle2D(x, y, w, h);
  }

  /** The screen the saved bounds overlap most; the primary when none, or when nothing was saved. */
  static Rectangle2D screenFor(Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D primary) {
    if (saved == null) {
      return primary;
    }
    return screens.stream().filter(s -> overlap(s, saved) > 0)
        .max(Comparator.comparingDouble(s -> overlap(s, saved))).orElse(primary);
  }

  /** Records the bounds (the ones before maximising, since those are what the user set). */
  static void save(Stage stage, UserSettings settings) {
    settings.setWindowMaximized(stage.isMaximized());
    if (!stage.isMaximized() && !stage.isIconified()) {
      settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }

  /** A size at least {@code least}, at most {@code room}; the room wins when they disagree. */
  private static double fitted(double wanted, double least, double room) {
    return Math.min(room, Math.max(least, wanted));
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
