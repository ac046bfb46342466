package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.session.Samples;
import app.toile.ui.versions.CompareView;
import app.toile.ui.versions.VersionsPanel;
import app.toile.ui.versions.VersionsViewModel.Row;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
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
 * The compare view on the Paris canvas with two versions: a version compared with the canvas lists
 * its changes, F8 and Shift+F8 step through them and frame the change on both sides; File ›
 * Compare with… reads another file; no text is cut at 1280×800 in English nor at 1024×700 in
 * French.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
  private static final Path CANVAS = Path.of("src", "test", "resources", "canvases",
      "paris-versions.toile.json");
  private static final Path FRENCH = Path.of("src", "test", "resources", "canvases",
      "paris-versions-fr.toile.json");
  private Stage stage;
  private TestWindow test;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void forgetSettings() {
    test.forget();
  }

  private void open(FxRobot robot, Locale language, Path file, int width, int height) {
    test = new TestWindow("compare-view", language);
    robot.interact(() -> {
      stage.setX(0);
      stage.setY(0);
      stage.setWidth(width);
      stage.setHeight(height);
      window = test.open(stage, Samples.none(), file, new FileCanvasStore());
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Compares the oldest version with the canvas, from the Versions panel. */
  private CompareView compareFirstVersion(FxRobot robot) {
    robot.interact(() -> window.actions().showVersions());
    VersionsPanel panel = window.editor().workspace().versions().panel();
    robot.interact(() -> {
      panel.list().getSelectionModel().clearAndSelect(panel.list().getItems().size() - 1);
      panel.list().requestFocus();
    });
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    return (CompareView) window.compareStage().getScene().getRoot();
  }

  @Test
  void theChangesAreListedAndF8StepsThroughThemOnBothSides(FxRobot robot) {
    open(robot, Locale.ENGLISH, CANVAS, 1280, 800);
    CompareView view = compareFirstVersion(robot);
    assertThat(window.compareStage().isShowing()).isTrue();
    List<String> changes = view.changes().getItems().stream().map(r -> r.text()).toList();
    assertThat(changes).contains(
        "Segment \u201cSolo entrepreneurs in Paris\u201d: Status Candidate \u2192 Focus",
        "Segment \u201cSolo entrepreneurs in Paris\u201d: Pain depth 3 \u2192 4",
        "Note \u201cSigning co-working partners\u201d: Key Resources \u2192 Key Activities");
    assertThat(robot.from(view).lookup(".compare-summary").queryAs(Label.class).getText())
        .isEqualTo(changes.size() + " changes");
    assertThat(view.changes().getSelectionModel().getSelectedIndex()).isZero();

    robot.push(KeyCode.F8);
    assertThat(view.changes().getSelectionModel().getSelectedIndex()).isEqualTo(1);
    robot.push(KeyCode.F8);
    assertThat(view.changes().getSelectionModel().getSelectedIndex()).isEqualTo(2);
    robot.push(KeyCode.SHIFT, KeyCode.F8);
    assertThat(view.changes().getSelectionModel().getSelectedIndex()).isEqualTo(1);
    robot.push(KeyCode.SHIFT, KeyCode.F8);
    robot.push(KeyCode.SHIFT, KeyCode.F8);
    assertThat(view.changes().getSelectionModel().getSelectedIndex())
        .as("from the first round to the last").isEqualTo(changes.size() - 1);

    int moved = changes.indexOf(
        "Note \u201cSigning co-working partners\u201d: Key Resources \u2192 Key Activities");
    robot.interact(() -> view.changes().getSelectionModel().clearAndSelect(moved));
    List<Node> framed = List.copyOf(robot.from(view).lookup(".compare-current").queryAll());
    assertThat(framed).as("the note on both sides").hasSize(2);
    assertThat(framed).allSatisfy(n -> assertThat(((Parent) n).getChildrenUnmodifiable())
        .anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(Label.class,
            l -> assertThat(l.getText()).isEqualTo("\u2194 Moved"))));
    assertThat(window.documents().document().isUnsaved()).as("read-only").isFalse();

    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.compareStage().isShowing()).isFalse();
    compareFirstVersion(robot);
    assertThat(window.compareStage().isShowing()).as("the same comparison again").isTrue();
  }

  @Test
  void compareWithReadsAnotherFile(FxRobot robot) {
    open(robot, Locale.ENGLISH, CANVAS, 1280, 800);
    window.editor().workspace().versions().prompts().setChooser(
        owner -> Optional.of(Path.of("samples", "en", "paris-startup.toile.json")));
    TextClicks.click(robot, window.stage(), "File");
    WaitForAsyncUtils.waitForFxEvents();
    TextClicks.click(robot, window.stage(), "Compare with\u2026");
    WaitForAsyncUtils.waitForFxEvents();
    CompareView view = (CompareView) window.compareStage().getScene().getRoot();
    assertThat(robot.from(view).lookup(".compare-side-title").queryAllAs(Label.class))
        .extracting(Label::getText).containsExactly(
            "Before: File \u201cparis-startup.toile.json\u201d", "After: Current canvas");
    assertThat(view.changes().getItems()).isEmpty();
    assertThat(robot.from(view).lookup(".compare-summary").queryAs(Label.class).getText())
        .isEqualTo("No change: the two canvases are the same work.");
  }

  @Test
  void noTextIsCutInFrenchAt1024By700(FxRobot robot) {
    open(robot, Locale.FRENCH, FRENCH, 1024, 700);
    // The segment editor with the focus segment's history across the two versions.
    List<String> problems = new java.util.ArrayList<>(textProblems(robot,
        (Parent) window.editor().getRight(), "side panel fr 1024\u00d7700"));
    problems.addAll(textProblems(robot, compareFirstVersion(robot), "fr 1024\u00d7700"));
    assertThat(problems).isEmpty();
  }

  @Test
  void noTextIsCutInEnglishAt1280By800(FxRobot robot) {
    open(robot, Locale.ENGLISH, CANVAS, 1280, 800);
    assertThat(textProblems(robot, compareFirstVersion(robot), "en 1280\u00d7800")).isEmpty();
  }

  private static List<String> textProblems(FxRobot robot, Parent view, String where) {
    ShownTexts texts = new ShownTexts(where);
    robot.interact(() -> {
      for (int pass = 0; pass < 8; pass++) {
        view.applyCss();
        view.layout();
      }
      texts.check(view);
    });
    return texts.problems();
  }
}
