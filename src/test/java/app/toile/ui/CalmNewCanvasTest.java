package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new canvas greets the founder with where to begin, not with an error count; once anything is
 * edited the status line counts the findings as usual.
 */
@ExtendWith(ApplicationExtension.class)
class CalmNewCanvasTest {
  private final TestWindow fx = new TestWindow("calm-new-canvas", Locale.FRENCH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fx.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forgetSettings() {
    fx.forget();
  }

  private String status(FxRobot robot) {
    return robot.lookup(".status-findings").queryAs(Label.class).getText();
  }

  private String findingsTab(FxRobot robot) {
    return window.editor().workspace().tabs().getTabs().stream()
        .filter(t -> "tab-findings".equals(t.getId())).map(Tab::getText).findFirst().orElseThrow();
  }

  @Test
  void aNewCanvasSaysWhereToBeginUntilTheFirstEdit(FxRobot robot) {
    // The start screen says nothing, with no icon.
    Label line = robot.lookup(".status-findings").queryAs(Label.class);
    assertThat(line.getText()).isEmpty();
    assertThat(line.getGraphic()).isNull();
    robot.interact(() -> window.actions().newCanvas());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status(robot)).isEqualTo("Commencez par un segment de client\u00e8le");
    assertThat(findingsTab(robot)).isEqualTo("Remarques");
    // The validator's contract is unchanged: the finding is there, only not shouted.
    assertThat(window.findings().summary().total()).isPositive();

    robot.interact(() -> window.actions().setLanguage(Locale.ENGLISH));
    assertThat(status(robot)).isEqualTo("Start with a customer segment");

    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status(robot)).matches("\\d+ errors? \u00b7 .*");
    // Undone, the canvas is empty again but no longer new: the findings stay shown.
    robot.interact(() -> window.actions().undo());
    assertThat(window.documents().document().canvas().segments()).isEmpty();
    assertThat(status(robot)).startsWith("1 error");
    assertThat(findingsTab(robot)).matches("Findings \\(\\d+\\)");
  }
}
