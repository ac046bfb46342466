package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
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
 * On a small screen the founder hides the side panel and the canvas takes its width; the panel
 * comes back when something is asked of it, and stays as it was left in the next window.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelTest {
  private static final Path SAMPLE = Path.of("samples", "fr", "paris-startup.toile.json");
  private final TestWindow test = new TestWindow("side-panel", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    stage.setWidth(1152);
    stage.setHeight(720);
    window = test.open(stage, Samples.none(), SAMPLE, new FileCanvasStore());
  }

  @AfterEach
  void forgetSettings() {
    test.forget();
  }

  private static void toggle(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P)
        .release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static boolean panelInWindow(FxRobot robot) {
    return robot.lookup(".segment-side-panel").tryQuery().map(Node::getScene).isPresent();
  }

  private static double canvasWidth(FxRobot robot) {
    return robot.lookup(".canvas-grid").query().getLayoutBounds().getWidth();
  }

  @Test
  void theShortcutHidesThePanelAndTheCanvasTakesItsWidthThenShowsItAgain(FxRobot robot) {
    // The canvas is laid out once, at a pulse that a busy machine may not have run yet.
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panelInWindow(robot)).isTrue();
    double withPanel = canvasWidth(robot);

    toggle(robot);
    assertThat(panelInWindow(robot)).isFalse();
    assertThat(canvasWidth(robot)).isGreaterThan(withPanel + 300);
    assertThat(test.settings.sidePanelShown()).isFalse();
    // Nothing of the canvas changed: hiding a panel is no edit.
    assertThat(window.documents().document().isUnsaved()).isFalse();

    toggle(robot);
    assertThat(panelInWindow(robot)).isTrue();
    assertThat(canvasWidth(robot)).isEqualTo(withPanel);
    assertThat(test.settings.sidePanelShown()).isTrue();
  }

  @Test
  void askingForTheMarketAFieldOrTheGuideShowsThePanel(FxRobot robot) {
    toggle(robot);
    robot.interact(() -> window.editor().workspace().showMarket());
    assertThat(panelInWindow(robot)).isTrue();

    toggle(robot);
    String segment = window.documents().document().canvas().segments().get(0).id();
    robot.interact(() -> window.editor().workspace().openField(segment, "need"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panelInWindow(robot)).isTrue();

    toggle(robot);
    GuideFlowTest.openFromViewMenu(robot);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panelInWindow(robot)).isTrue();
    assertThat(robot.lookup("#guide-card").query().isVisible()).isTrue();
  }

  @Test
  void textBeingTypedInThePanelIsKeptWhenThePanelIsHidden(FxRobot robot) {
    TextInputControl need = robot.lookup("#field-need").queryAs(TextInputControl.class);
    robot.clickOn(need);
    robot.interact(() -> need.end());
    robot.write(" Avant la fin du mois.");
    toggle(robot);

    assertThat(panelInWindow(robot)).isFalse();
    assertThat(window.documents().document().canvas().segments().get(0).need())
        .endsWith(" Avant la fin du mois.");
    assertThat(window.documents().document().isUnsaved()).isTrue();
  }

  @Test
  void aHiddenPanelStaysHiddenInTheNextWindow(FxRobot robot) {
    toggle(robot);
    robot.interact(() -> test.open(new Stage(), Samples.none(), SAMPLE, new FileCanvasStore()));
    WaitForAsyncUtils.waitForFxEvents();
    MainWindow next = test.window;
    assertThat(next).isNotSameAs(window);
    assertThat(next.editor().sidePanelShownProperty().get()).isFalse();
    assertThat(next.editor().getRight()).isNull();
    robot.interact(() -> next.stage().close());
  }
}
