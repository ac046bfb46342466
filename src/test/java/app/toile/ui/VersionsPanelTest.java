package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.DeleteNote;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import app.toile.session.Document;
import app.toile.session.Samples;
import app.toile.ui.versions.VersionsPanel;
import app.toile.ui.versions.VersionsViewModel.Row;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
 * The Versions panel as a founder uses it: Ctrl+Alt+S asks a name (today's date proposed, an
 * empty or taken name refused under the field) and keeps a version; the panel lists it; restore,
 * rename (F2) and delete (Delete) each undo in one step.
 */
@ExtendWith(ApplicationExtension.class)
class VersionsPanelTest {
  private static final Path SAMPLE = Path.of("samples", "en", "paris-startup.toile.json");
  private final TestWindow test = new TestWindow("versions-panel", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    stage.setWidth(1280);
    stage.setHeight(800);
    window = test.open(stage, Samples.none(), SAMPLE, new FileCanvasStore());
  }

  @AfterEach
  void forgetSettings() {
    test.forget();
  }

  private Document document() {
    return window.documents().document();
  }

  private VersionsPanel panel(FxRobot robot) {
    robot.interact(() -> window.actions().showVersions());
    WaitForAsyncUtils.waitForFxEvents();
    return window.editor().workspace().versions().panel();
  }

  private void saveVersion(FxRobot robot, String name) {
    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    TextField field = robot.lookup("#version-name").queryAs(TextField.class);
    robot.interact(() -> field.setText(name));
    robot.clickOn("Save the version");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theEmptyPanelSaysHowToSaveAVersion(FxRobot robot) {
    VersionsPanel panel = panel(robot);
    assertThat(panel.list().isVisible()).isFalse();
    Label none = robot.from(panel).lookup(".versions-none").queryAs(Label.class);
    assertThat(none.isVisible()).isTrue();
    assertThat(none.getText()).contains("Save a version", "Ctrl+Alt+S");
    assertThat(window.editor().workspace().tabs().getScene()).as("in the tabs' place").isNull();

    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panel.getScene()).isNull();
    assertThat(window.editor().workspace().tabs().getScene()).isNotNull();
  }

  @Test
  void aVersionSavedIsListedAndMarksTheCanvasUnsaved(FxRobot robot) {
    VersionsPanel panel = panel(robot);
    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    TextField field = robot.lookup("#version-name").queryAs(TextField.class);
    assertThat(field.getText()).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
    Node ok = robot.lookup("Save the version").query();
    robot.interact(() -> field.setText("  "));
    assertThat(ok.isDisable()).isTrue();
    assertThat(robot.lookup("#version-name-problem").queryAs(Label.class).getText())
        .isEqualTo("Give the version a name.");
    robot.interact(() -> field.setText("Before the pilot"));
    assertThat(ok.isDisable()).isFalse();
    robot.clickOn(ok);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(panel.list().getItems()).extracting(Row::name).containsExactly("Before the pilot");
    assertThat(panel.list().getItems().get(0).summary()).isEqualTo("4 segments, 21 notes");
    assertThat(document().isUnsaved()).isTrue();
    assertThat(document().canvas().snapshots()).hasSize(1);

    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    TextField again = robot.lookup("#version-name").queryAs(TextField.class);
    robot.interact(() -> again.setText("Before the pilot"));
    assertThat(robot.lookup("#version-name-problem").queryAs(Label.class).getText())
        .isEqualTo("A version is already named \u201cBefore the pilot\u201d.");
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(document().canvas().snapshots()).hasSize(1);
  }

  @Test
  void theGuidesLastStepOffersToSaveAVersion(FxRobot robot) {
    robot.interact(() -> {
      window.guide().open();
      window.guide().goTo(Block.COST_STRUCTURE);
    });
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#guide-save-version");
    WaitForAsyncUtils.waitForFxEvents();
    TextField field = robot.lookup("#version-name").queryAs(TextField.class);
    robot.interact(() -> field.setText("Guide done"));
    robot.clickOn("Save the version");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(document().canvas().snapshots()).extracting(s -> s.name())
        .containsExactly("Guide done");
  }

  @Test
  void restoreRenameAndDeleteEachUndoInOneStep(FxRobot robot) {
    VersionsPanel panel = panel(robot);
    saveVersion(robot, "v1");
    String first = document().canvas().notes(Block.VALUE_PROPOSITIONS).get(0).id();
    // An edit after the version, made while the panel shows.
    robot.interact(() -> window.session().execute(new DeleteNote(first)));
    Canvas edited = document().canvas();
    assertThat(edited.findNote(first)).isEmpty();

    robot.interact(() -> panel.list().getSelectionModel().clearAndSelect(0));
    robot.clickOn("#versions-restore");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(document().canvas().findNote(first)).isPresent();
    assertThat(document().canvas().snapshots()).extracting(s -> s.name()).containsExactly("v1");
    robot.interact(() -> window.actions().undo());
    assertThat(document().canvas()).isEqualTo(edited);

    robot.interact(() -> {
      panel.list().getSelectionModel().clearAndSelect(0);
      panel.list().requestFocus();
    });
    robot.push(KeyCode.F2);
    WaitForAsyncUtils.waitForFxEvents();
    TextField name = robot.lookup("#version-name").queryAs(TextField.class);
    assertThat(name.getText()).isEqualTo("v1");
    robot.interact(() -> name.setText("First pilot"));
    robot.clickOn("Rename");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panel.list().getItems()).extracting(Row::name).containsExactly("First pilot");

    robot.interact(() -> {
      panel.list().getSelectionModel().clearAndSelect(0);
      panel.list().requestFocus();
    });
    robot.push(KeyCode.DELETE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panel.list().getItems()).isEmpty();
    assertThat(document().canvas().notes(Block.VALUE_PROPOSITIONS)).extracting(Note::id)
        .doesNotContain(first);
    robot.interact(() -> window.actions().undo());
    assertThat(panel.list().getItems()).extracting(Row::name).containsExactly("First pilot");
    robot.interact(() -> window.actions().undo());
    assertThat(panel.list().getItems()).extracting(Row::name).containsExactly("v1");
  }
}
