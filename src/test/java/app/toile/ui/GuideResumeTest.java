package app.toile.ui;

import static app.toile.ui.GuideFlowTest.openFromViewMenu;
import static app.toile.ui.GuideFlowTest.progress;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Guide;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
 * The guide is remembered in the canvas file: saved where it stands, resumed there when the file
 * is opened again, and absent once left. Moving in it is not an edit.
 */
@ExtendWith(ApplicationExtension.class)
class GuideResumeTest {
  private final TestWindow test = new TestWindow("guide-resume", Locale.ENGLISH);
  private Path folder;
  private MainWindow window;

  @Start
  void start(Stage stage) throws IOException {
    folder = Files.createTempDirectory("toile-guide");
    window = test.open(stage, Samples.none(), null, new FileCanvasStore());
  }

  @AfterEach
  void forgetSettingsAndFiles() throws IOException {
    test.forget();
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }

  private void save(FxRobot robot, Path file) {
    test.prompts.files.add(file);
    robot.interact(() -> window.documents().saveAs());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void reopen(FxRobot robot, Path file) {
    robot.interact(() -> window.documents().newCanvas());
    robot.interact(() -> window.documents().open(file));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void leftOnChannelsAndSavedTheGuideResumesThereWhenTheFileIsOpenedAgain(FxRobot robot)
      throws IOException {
    robot.clickOn("New canvas");
    robot.clickOn("#guide-next");
    robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
    assertThat(progress(robot)).isEqualTo("3 of 9");
    // Moving in the guide is no edit: nothing to undo, nothing unsaved.
    assertThat(window.documents().document().isUnsaved()).isFalse();
    assertThat(window.documents().document().canUndoProperty().get()).isFalse();

    Path file = folder.resolve("guided.toile.json");
    save(robot, file);
    assertThat(Files.readString(file)).contains("\"guide\": {\n    \"block\": \"channels\"\n  }");

    reopen(robot, file);
    assertThat(window.documents().document().file()).isEqualTo(file);
    assertThat(window.guide().isShown()).isTrue();
    assertThat(progress(robot)).isEqualTo("3 of 9");
    assertThat(window.guide().current()).isEqualTo(Block.CHANNELS);
    assertThat(window.canvas().selectedBlockProperty().get()).isEqualTo(Block.CHANNELS);

    // Left, then saved: the file forgets the guide and opening it no longer shows it.
    robot.clickOn("#guide-leave");
    save(robot, file);
    assertThat(Files.readString(file)).doesNotContain("guide");
    reopen(robot, file);
    assertThat(window.guide().isShown()).isFalse();
    assertThat(window.documents().document().guide()).isNull();
    openFromViewMenu(robot);
    assertThat(progress(robot)).isEqualTo("1 of 9");
    assertThat(window.documents().document().guide()).isEqualTo(Guide.START);
  }

  @Test
  void undoLeavesTheGuideWhereItIs(FxRobot robot) {
    robot.clickOn("New canvas");
    robot.clickOn("#guide-add-segment");
    robot.write("Students").push(KeyCode.ENTER);
    robot.clickOn("#guide-next");
    robot.clickOn("#guide-next");
    robot.interact(() -> window.documents().document().undo());
    robot.interact(() -> window.documents().document().undo());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.documents().document().canvas().segments()).isEmpty();
    assertThat(progress(robot)).isEqualTo("3 of 9");
    assertThat(window.documents().document().guide()).isEqualTo(Guide.at(Block.CHANNELS));
  }
}
