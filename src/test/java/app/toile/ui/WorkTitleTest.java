package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
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
 * The canvas title names the work: the window's title before the first save, the file name the
 * save and export dialogs propose (made safe for file names), and the unsaved-changes prompt.
 */
@ExtendWith(ApplicationExtension.class)
class WorkTitleTest {
  private final TestWindow fx = new TestWindow("work-title", Locale.FRENCH);
  private MainWindow window;
  private Path folder;

  @Start
  void start(Stage stage) throws IOException {
    folder = Files.createTempDirectory("toile-title");
    window = fx.open(stage, Samples.none(), null, new FileCanvasStore());
  }

  @AfterEach
  void forget() throws IOException {
    fx.forget();
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }

  private void typeTitle(FxRobot robot, String title) {
    TextField field = robot.lookup(".canvas-title").queryAs(TextField.class);
    robot.clickOn(field);
    robot.interact(field::selectAll);
    robot.write(title).push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private DialogPane prompt(FxRobot robot) {
    return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
  }

  private void press(FxRobot robot, DialogPane dialog, String text) {
    robot.clickOn(robot.from(dialog).lookup((Node n) -> n instanceof Button b
        && text.equals(b.getText())).queryButton());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theTitleNamesTheWindowTheFilesProposedAndThePrompts(FxRobot robot) {
    robot.interact(() -> window.actions().newCanvas());
    assertThat(window.stage().getTitle()).isEqualTo("Toile sans titre \u2014 Toile");
    typeTitle(robot, "Studio Booker");
    assertThat(window.stage().getTitle()).isEqualTo("*Studio Booker \u2014 Toile");

    // Save: the dialog proposes the title as the file name; cancelled here.
    robot.push(KeyCode.CONTROL, KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.prompts.proposed).containsExactly("Studio Booker.toile.json");
    // Export: the dialog's file chooser proposes it too.
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(".export-choose");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.prompts.proposed).last().isEqualTo("Studio Booker.pdf");
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    // Closing asks about "Studio Booker", not an untitled canvas.
    Platform.runLater(() -> window.actions().quit());
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane ask = prompt(robot);
    assertThat(ask.getHeaderText())
        .isEqualTo("Enregistrer les modifications de \u00ab\u00a0Studio Booker\u00a0\u00bb\u202f?");
    press(robot, ask, "Annuler");
    assertThat(window.stage().isShowing()).isTrue();

    // A title that is no file name is made one.
    typeTitle(robot, "Plan A/B: 2027?");
    fx.prompts.proposed.clear();
    Path file = folder.resolve("plan.toile.json");
    fx.prompts.files.add(file);
    robot.push(KeyCode.CONTROL, KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.prompts.proposed).containsExactly("Plan A - B - 2027.toile.json");
    assertThat(Files.exists(file)).isTrue();
    // Saved: the window names the file; the prompts still name the work.
    assertThat(window.stage().getTitle()).isEqualTo("plan \u2014 Toile");
    typeTitle(robot, "Plan C");
    robot.push(KeyCode.CONTROL, KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane again = prompt(robot);
    assertThat(again.getHeaderText()).contains("Plan C");
    press(robot, again, "Annuler");
  }
}
