package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+plus, Ctrl+minus and Ctrl+0 scale the canvas grid; every level keeps it whole. */
@ExtendWith(ApplicationExtension.class)
class ZoomTest {
  private final TestWindow fx = new TestWindow("zoom", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fx.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forget() {
    fx.forget();
  }

  private Node grid(FxRobot robot) {
    return robot.lookup(".canvas-grid").query();
  }

  private double scale(FxRobot robot) {
    return grid(robot).getLocalToParentTransform().getMxx();
  }

  private String status(FxRobot robot) {
    return robot.lookup(".status-zoom").queryAs(Label.class).getText();
  }

  /** The grid as drawn, inside what the scroll pane can reach, and as large as the level says. */
  private void assertWhole(FxRobot robot) {
    Region pane = robot.lookup(".zoomed-canvas").queryAs(Region.class);
    Bounds drawn = grid(robot).getLayoutBounds();
    double s = window.editor().zoom().scale();
    // The canvas's own bars, not those of the blocks inside it.
    List<ScrollBar> bars = pane.getChildrenUnmodifiable().stream()
        .filter(n -> n instanceof ScrollBar).map(n -> (ScrollBar) n).toList();
    ScrollBar across = bars.stream().filter(b -> b.getOrientation() == Orientation.HORIZONTAL)
        .findFirst().orElseThrow();
    ScrollBar down = bars.stream().filter(b -> b.getOrientation() == Orientation.VERTICAL)
        .findFirst().orElseThrow();
    double spaceW = pane.getWidth() - (down.isVisible() ? down.getWidth() : 0);
    double spaceH = pane.getHeight() - (across.isVisible() ? across.getHeight() : 0);
    double drawnW = drawn.getWidth() * s;
    double drawnH = drawn.getHeight() * s;
    // Whatever is drawn beyond the space, a scroll bar reaches: nothing is out of reach.
    assertThat(drawnW).isLessThanOrEqualTo(spaceW + across.getMax() + 1);
    assertThat(drawnH).isLessThanOrEqualTo(spaceH + down.getMax() + 1);
    if (s <= 1) {
      // Fitted or zoomed out, the canvas fills the space and needs no scrolling.
      assertThat(across.isVisible()).isFalse();
      assertThat(drawnW).isGreaterThan(spaceW - 2);
    } else {
      assertThat(across.isVisible()).isTrue();
      assertThat(drawnW).isGreaterThan(spaceW);
    }
  }

  @Test
  void zoomKeysScaleTheGridAndTheStatusLineSaysHowMuch(FxRobot robot) {
    robot.interact(() -> window.documents().openAsNew(
        CanvasFiles.load(Path.of("samples/en/paris-startup.toile.json"))));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(scale(robot)).isEqualTo(1.0);
    assertThat(status(robot)).isEqualTo("100%");
    assertWhole(robot);

    robot.push(KeyCode.CONTROL, KeyCode.PLUS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(scale(robot)).isEqualTo(1.25);
    assertThat(status(robot)).isEqualTo("125%");
    robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(scale(robot)).isEqualTo(1.5);
    for (int i = 0; i < 6; i++) {
      robot.push(KeyCode.CONTROL, KeyCode.ADD);
      WaitForAsyncUtils.waitForFxEvents();
      assertWhole(robot);
    }
    assertThat(scale(robot)).as("the largest level stays").isEqualTo(2.0);

    robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(scale(robot)).isEqualTo(1.0);
    for (int i = 0; i < 6; i++) {
      robot.push(KeyCode.CONTROL, KeyCode.MINUS);
      WaitForAsyncUtils.waitForFxEvents();
      assertWhole(robot);
    }
    assertThat(scale(robot)).isEqualTo(0.5);
    assertThat(status(robot)).isEqualTo("50%");

    // French puts a no-break space before the percent sign.
    robot.interact(() -> window.actions().setLanguage(Locale.FRENCH));
    assertThat(status(robot)).isEqualTo("50\u00a0%");
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status(robot)).isEqualTo("100\u00a0%");
  }
}
