package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import app.toile.session.Document;
import app.toile.session.Samples;
import app.toile.ui.conflicts.ConflictsBar;
import app.toile.ui.conflicts.ConflictsPanel;
import app.toile.ui.window.MainWindow;
import app.toile.versions.Merge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A canvas merged with two conflicts, as a founder meets it: the bar says 2 at once, the list
 * shows each in words, Take theirs and Keep this decide them one by one, the bar goes when none
 * is left, and undo brings the last one back.
 */
@ExtendWith(ApplicationExtension.class)
class MergeConflictsTest {
  private static final Path SAMPLE = Path.of("samples", "en", "paris-startup.toile.json");
  private final TestWindow test = new TestWindow("merge-conflicts", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    stage.setWidth(1280);
    stage.setHeight(800);
    window = test.open(stage, Samples.none(), mergedFile(), new FileCanvasStore());
  }

  @AfterEach
  void forgetSettings() {
    test.forget();
  }

  /** The Paris sample edited two ways: Lyon's status and the title, differently on each side. */
  private static Path mergedFile() {
    Canvas base = CanvasFiles.load(SAMPLE);
    Canvas ours = status(base, SegmentStatus.FOCUS)
        .withHeader(base.header().withTitle("Carnet for Lyon"));
    Canvas theirs = status(base, SegmentStatus.DROPPED)
        .withHeader(base.header().withTitle("Carnet for France"));
    try {
      Path file = Files.createTempDirectory("toile-conflicts").resolve("merged.toile.json");
      CanvasFiles.save(Merge.of(base, ours, theirs), file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Canvas status(Canvas canvas, SegmentStatus status) {
    CustomerSegment lyon = canvas.segment("seg-lyon").orElseThrow();
    return canvas.withSegment(lyon.withStatus(status));
  }

  private Document document() {
    return window.documents().document();
  }

  @Test
  void theFounderDecidesBothConflictsAndUndoBringsOneBack(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    ConflictsBar bar = window.editor().workspace().conflicts().bar();
    assertThat(bar.showing()).isTrue();
    assertThat(robot.from(bar).lookup(".conflicts-message").queryAs(Label.class).getText())
        .startsWith("A merge left 2 conflicts in this canvas");

    robot.interact(bar::chooseDecide);
    WaitForAsyncUtils.waitForFxEvents();
    ConflictsPanel panel = window.editor().workspace().conflicts().panel();
    assertThat(panel.getScene()).as("in the side panel's place").isNotNull();
    // The list follows the conflicts for as long as it lives, not only until a collection.
    System.gc();
    assertThat(robot.from(panel).lookup(".conflict-subject").queryAllAs(Label.class))
        .extracting(Label::getText)
        .containsExactly("The canvas", "Segment 'Solo entrepreneurs in Lyon'");
    assertThat(robot.from(panel).lookup(".conflict-field").queryAllAs(Label.class))
        .extracting(Label::getText).containsExactly("Title", "Status");
    assertThat(robot.from(panel).lookup(".conflict-value").queryAllAs(Label.class))
        .extracting(Label::getText).contains("Before both: next", "Kept now: focus",
            "Theirs: dropped");

    // The title: take theirs.
    robot.clickOn(firstButton(robot, panel, ".conflict-theirs-take"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(document().canvas().header().title()).isEqualTo("Carnet for France");
    assertThat(document().isUnsaved()).isTrue();
    assertThat(robot.from(bar).lookup(".conflicts-message").queryAs(Label.class).getText())
        .startsWith("A merge left 1 conflict in this canvas");

    // Lyon's status: keep this side.
    robot.clickOn(firstButton(robot, panel, ".conflict-keep"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(document().canvas().conflicts()).isEmpty();
    assertThat(document().canvas().segment("seg-lyon").orElseThrow().status())
        .isEqualTo(SegmentStatus.FOCUS);
    assertThat(bar.showing()).isFalse();
    assertThat(robot.from(panel).lookup(".conflicts-hint").queryAllAs(Label.class))
        .extracting(Label::getText).contains("No conflict left to decide.");

    robot.interact(() -> document().undo());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(bar.showing()).isTrue();
    assertThat(document().canvas().conflicts()).hasSize(1);
    assertThat(robot.from(panel).lookup(".conflict-field").queryAllAs(Label.class))
        .extracting(Label::getText).containsExactly("Status");
  }

  @Test
  void goToOpensTheSegmentsFieldAndTheBarLeadsBackToTheList(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    ConflictsBar bar = window.editor().workspace().conflicts().bar();
    robot.interact(bar::chooseDecide);
    WaitForAsyncUtils.waitForFxEvents();
    ConflictsPanel panel = window.editor().workspace().conflicts().panel();
    List<Button> goTo = robot.from(panel).lookup(".conflict-go").queryAllAs(Button.class)
        .stream().toList();
    assertThat(goTo.get(0).isDisable()).as("no place for the title in the side panel").isTrue();

    robot.clickOn(goTo.get(1));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(document().canvas().conflicts()).hasSize(2);
    assertThat(panel.getScene()).isNull();
    assertThat(window.editor().workspace().tabs().getScene()).isNotNull();
    assertThat(window.session().selection().segmentProperty().get()).isEqualTo("seg-lyon");
    robot.interact(bar::chooseDecide);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panel.getScene()).isNotNull();
  }

  private static Button firstButton(FxRobot robot, ConflictsPanel panel, String style) {
    return robot.from(panel).lookup(style).queryAllAs(Button.class).iterator().next();
  }
}
