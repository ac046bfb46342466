package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.Header;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start screen: recent files, and the samples shipped with the application. */
@ExtendWith(ApplicationExtension.class)
class StartScreenTest {
  private final TestWindow fx = new TestWindow("start", Locale.FRENCH);
  private final Path recent = Path.of("recent-one.toile.json").toAbsolutePath();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    fx.settings.addRecentFile(recent);
    fx.store.put(recent, Canvas.empty().withHeader(Header.EMPTY.withTitle("Recent")));
    window = fx.open(stage, Samples.installed(), null);
  }

  @AfterEach
  void forgetSettings() {
    fx.forget();
  }

  @Test
  void opensARecentFileFromTheList(FxRobot robot) {
    robot.clickOn(robot.lookup(".start-recent .hyperlink").queryAs(Hyperlink.class));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.documents().document().canvas().header().title()).isEqualTo("Recent");
    assertThat(window.stage().getTitle()).isEqualTo("recent-one \u2014 Toile");
  }

  @Test
  void opensTheFirstSampleInTheEditorsLanguageAsANewCanvas(FxRobot robot) {
    Button sample = robot.lookup(".start-action").queryAllAs(Button.class).stream()
        .filter(b -> b.getText().equals("Ouvrir un exemple\u2026")).findFirst().orElseThrow();
    robot.clickOn(sample);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo("Ouvrir un exemple");
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    Canvas opened = window.documents().document().canvas();
    assertThat(opened.segments()).hasSizeGreaterThan(2);
    assertThat(opened.header().title()).startsWith("Carnet");
    assertThat(window.documents().document().file()).isNull();
    // Named by its title until it is saved.
    assertThat(window.stage().getTitle()).isEqualTo(opened.header().title() + " \u2014 Toile");
  }
}
