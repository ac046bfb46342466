package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens on the screen present now: bounds saved on a larger screen come back inside
 * it, and a maximised window opens maximised again.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
  private final TestWindow fx = new TestWindow("window-placement", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    // Left at 3840×2160 on a large screen; the test's screen is smaller.
    fx.settings.setWindowBounds(300, 200, 3840, 2160);
    fx.settings.setWindowMaximized(false);
    window = fx.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forgetSettings() {
    fx.forget();
  }

  @Test
  void boundsSavedOnALargerScreenReopenInsideThisOne(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Stage stage = window.stage();
    assertThat(screen.getWidth()).as("the test's screen").isLessThan(3840);
    assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
    assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
    assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
    assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    assertThat(stage.getWidth()).isEqualTo(Math.min(screen.getWidth(), 3840));
  }

  @Test
  void aMaximisedWindowIsRememberedMaximisedWithTheBoundsItHadBefore(FxRobot robot) {
    robot.interact(() -> window.stage().setMaximized(true));
    Platform.runLater(() -> window.actions().quit());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.settings.windowMaximized()).isTrue();
    // The bounds kept are the ones the window had before it was maximised.
    double[] b = fx.settings.windowBounds();
    assertThat(b).containsExactly(300, 200, 3840, 2160);

    robot.interact(() -> {
      Stage again = new Stage();
      window = new app.toile.ui.window.MainWindow(again, new app.toile.ui.window.Services(
          new MemoryStore(), new FileCanvasExporter(), Runnable::run, fx.settings, Samples.none()));
      again.show();
    });
    assertThat(window.stage().isMaximized()).isTrue();
    robot.interact(() -> window.stage().hide());
  }
}
