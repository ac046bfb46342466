package app.toile.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import app.toile.session.Samples;
import app.toile.ui.TestWindow;
import app.toile.ui.findings.FindingsPanel;
import app.toile.ui.findings.FindingsViewModel;
import app.toile.ui.window.MainWindow;
import app.toile.ui.window.SegmentWorkspace;
import app.toile.validation.Finding;
import app.toile.validation.FindingCode;
import app.toile.validation.Validator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A founder fills segments in the structured editor, headless: findings appear and disappear as
 * they type, a finding leads to its field, scores make a segment weak, reordering moves the
 * roadmap, and undo takes it all back.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentEditorFlowTest {
  private final TestWindow test = new TestWindow("segment-editor-flow", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = test.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forgetSettings() {
    test.forget();
  }

  private Canvas canvas() {
    return window.documents().document().canvas();
  }

  private SegmentWorkspace workspace() {
    return window.editor().workspace();
  }

  private List<FindingCode> shownCodes() {
    return workspace().findingsPanel().shown().stream().map(r -> FindingCode.valueOf(r.code()))
        .toList();
  }

  private List<FindingCode> codesOf(String segmentId) {
    return workspace().findings().forSegment(segmentId).stream().map(Finding::code).toList();
  }

  private <T extends Node> T field(FxRobot robot, String path) {
    return robot.lookup("#field-" + path.replace('.', '-')).query();
  }

  /** Adds a segment with the block's "+" and clears the proposed name: it has none. */
  private String addUnnamedSegment(FxRobot robot) {
    robot.clickOn(robot.lookup(".segments-block .block-add").queryAs(Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(KeyCode.BACK_SPACE).push(KeyCode.ENTER);
    return window.canvas().selectedSegmentProperty().get();
  }

  private void chooseStatus(FxRobot robot, SegmentStatus status) {
    robot.interact(() -> workspace().editor().focusField("status"));
    WaitForAsyncUtils.waitForFxEvents();
    ComboBox<?> box = field(robot, "status");
    robot.clickOn(box);
    Node item = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> label(status).equals(c.getText())).findFirst().orElseThrow();
    robot.clickOn(item);
  }

  private static String label(SegmentStatus s) {
    return Texts.labels(Locale.ENGLISH).of("status", s);
  }

  private void rateFirstStar(FxRobot robot, String path) {
    robot.interact(() -> workspace().editor().focusField(path));
    WaitForAsyncUtils.waitForFxEvents();
    Rating rating = field(robot, path);
    robot.clickOn(robot.from(rating).lookup(".button").queryAll().iterator().next());
  }

  @Test
  void fillASegmentSeeFindingsComeAndGoReorderAndUndoItAll(FxRobot robot) {
    robot.clickOn("New canvas");
    // Without the guide a new canvas offers, the segment editor has the side column's height.
    robot.clickOn("#guide-leave");
    Canvas empty = canvas();
    robot.clickOn("#tab-findings");
    assertThat(shownCodes()).contains(FindingCode.CANVAS_NO_SEGMENT);

    // A segment with no name and no need: both errors are listed, the card marked, the field too.
    String first = addUnnamedSegment(robot);
    assertThat(canvas().segment(first).orElseThrow().name()).isNull();
    robot.clickOn("#tab-findings");
    assertThat(shownCodes()).contains(FindingCode.SEGMENT_NO_NAME, FindingCode.SEGMENT_NO_NEED)
        .doesNotContain(FindingCode.CANVAS_NO_SEGMENT);
    assertThat(window.editor().segmentsBlock().card(first).orElseThrow().severity())
        .hasToString("ERROR");

    // Typed in the editor: the findings go as each field is left.
    robot.clickOn("#tab-segment");
    TextField name = field(robot, "name");
    assertThat(name.getTooltip()).isNotNull();
    robot.clickOn(name).write("Freelancers in Paris").push(KeyCode.ENTER);
    assertThat(canvas().segment(first).orElseThrow().name()).isEqualTo("Freelancers in Paris");
    assertThat(codesOf(first)).doesNotContain(FindingCode.SEGMENT_NO_NAME)
        .contains(FindingCode.SEGMENT_NO_NEED);
    assertThat(name.getTooltip()).isNull();
    robot.clickOn((Node) field(robot, "need")).write("Bookkeeping eats their evenings");
    robot.clickOn(name);
    assertThat(codesOf(first)).doesNotContain(FindingCode.SEGMENT_NO_NAME,
        FindingCode.SEGMENT_NO_NEED);
    assertThat(workspace().findings().findings()).extracting(Finding::code)
        .doesNotContain(FindingCode.SEGMENT_NO_NAME, FindingCode.SEGMENT_NO_NEED);

    // Two focus segments: FOCUS_TOO_MANY; opening it lands on the first one's status.
    chooseStatus(robot, SegmentStatus.FOCUS);
    String second = addUnnamedSegment(robot);
    chooseStatus(robot, SegmentStatus.FOCUS);
    assertThat(canvas().segments()).extracting(CustomerSegment::status)
        .containsExactly(SegmentStatus.FOCUS, SegmentStatus.FOCUS);
    robot.clickOn("#tab-findings");
    FindingsPanel panel = workspace().findingsPanel();
    Node tooMany = robot.from(panel).lookup(".finding").queryAllAs(TreeCell.class).stream()
        .filter(c -> c.getItem() instanceof FindingsViewModel.Row r
            && r.code().equals(FindingCode.FOCUS_TOO_MANY.name()))
        .findFirst().orElseThrow();
    robot.clickOn(tooMany);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.canvas().selectedSegmentProperty().get()).isEqualTo(first);
    assertThat(window.stage().getScene().getFocusOwner()).isSameAs(field(robot, "status"));

    // Pain and budget rated 1: the segment is weak; the ✕ takes a score back to unset.
    rateFirstStar(robot, "evaluation.painDepth");
    rateFirstStar(robot, "evaluation.budget");
    assertThat(canvas().segment(first).orElseThrow().evaluation().painDepth()).isEqualTo(1);
    assertThat(codesOf(first)).contains(FindingCode.SEGMENT_WEAK);
    // SEGMENT_WEAK is about the evaluation as a whole: its section's title carries the mark.
    assertThat(workspace().editor().sections().get("evaluation").getTooltip().getText())
        .contains("Freelancers in Paris");
    robot.clickOn((Node) field(robot, "evaluation.budget-clear"));
    assertThat(canvas().segment(first).orElseThrow().evaluation().budget()).isNull();
    assertThat(codesOf(first)).doesNotContain(FindingCode.SEGMENT_WEAK);

    // Reordered with Alt+Up on the second card: the roadmap follows the expansion order.
    assertThat(workspace().roadmapStrip().roadmap().focus()).extracting(CustomerSegment::id)
        .containsExactly(first, second);
    robot.clickOn(window.editor().segmentsBlock().card(second).orElseThrow());
    robot.push(KeyCode.ALT, KeyCode.UP);
    assertThat(canvas().segments()).extracting(CustomerSegment::id).containsExactly(second, first);
    assertThat(workspace().roadmapStrip().roadmap().focus()).extracting(CustomerSegment::id)
        .containsExactly(second, first);

    // Undo all of it: back to the empty canvas and its one finding.
    int guard = 0;
    while (window.documents().document().canUndoProperty().get() && guard++ < 50) {
      robot.interact(() -> window.actions().undo());
    }
    assertThat(canvas()).isEqualTo(empty);
    assertThat(workspace().findings().findings()).extracting(Finding::code)
        .containsExactlyElementsOf(Validator.validate(empty).stream().map(Finding::code).toList());
  }
}
