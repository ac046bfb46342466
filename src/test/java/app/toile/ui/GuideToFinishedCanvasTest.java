package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import app.toile.validation.Finding;
import app.toile.validation.FindingCode;
import app.toile.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
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

/**
 * Following only the guide: from an empty canvas, its actions (and typing where they put the
 * cursor) reach a canvas with a focus segment and every block filled.
 */
@ExtendWith(ApplicationExtension.class)
class GuideToFinishedCanvasTest {
  private static final Map<Block, String> NOTES = Map.of(
      Block.VALUE_PROPOSITIONS, "A hot lunch for 4 euros",
      Block.CHANNELS, "Student union newsletter",
      Block.CUSTOMER_RELATIONSHIPS, "Loyalty card",
      Block.REVENUE_STREAMS, "Meal sales",
      Block.KEY_RESOURCES, "Kitchen near campus",
      Block.KEY_ACTIVITIES, "Cooking in bulk",
      Block.KEY_PARTNERS, "Local farms",
      Block.COST_STRUCTURE, "Ingredients and rent");

  private final TestWindow test = new TestWindow("guide-finish", Locale.ENGLISH);
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

  private void question(FxRobot robot, int index) {
    robot.clickOn(robot.lookup(".guide-question").queryAllAs(Hyperlink.class).stream()
        .toList().get(index));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The missing item that names a text; clicking it adds the note the block lacks. */
  private Node missingItem(FxRobot robot, String text) {
    return robot.lookup(".guide-missing-item").queryAllAs(Hyperlink.class).stream()
        .filter(h -> h.getText().contains(text)).findFirst().orElseThrow();
  }

  private void typeNote(FxRobot robot, String text) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(text).press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theGuidesActionsAloneFillTheCanvas(FxRobot robot) {
    robot.clickOn("New canvas");
    robot.clickOn("#guide-add-segment");
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("Students in Lyon").push(KeyCode.ENTER);

    question(robot, 0);
    robot.write("A cheap, healthy lunch near campus").press(KeyCode.CONTROL, KeyCode.ENTER)
        .release(KeyCode.ENTER, KeyCode.CONTROL);
    question(robot, 1);
    robot.write("Campus posters").push(KeyCode.ENTER);
    question(robot, 2);
    robot.write("Self-service").push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    // The last step of the block, under its questions (the card may have to scroll to it).
    Button focus = robot.lookup("#guide-make-focus").queryAs(Button.class);
    assertThat(focus.getText()).isEqualTo("Make \u201cStudents in Lyon\u201d the focus segment");
    robot.interact(focus::fire);
    assertThat(robot.lookup("#guide-make-focus").tryQuery()).isEmpty();

    for (Block block : Block.noteBlocks()) {
      robot.clickOn("#guide-next");
      assertThat(window.guide().current()).isEqualTo(block);
      if (block == Block.KEY_PARTNERS) {
        // A note of the block's own first, then one for the segment it does not serve yet.
        robot.clickOn("#guide-add-note");
        typeNote(robot, "Catering school");
      }
      // The questions take a third of the column at most: the item may be scrolled out of view,
      // and is pressed as the keyboard would (it takes the focus first).
      Hyperlink item = (Hyperlink) missingItem(robot, "Students in Lyon");
      robot.interact(() -> {
        item.requestFocus();
        item.fire();
      });
      typeNote(robot, NOTES.get(block));
      assertThat(GuideFlowTest.missing(robot)).as(block.key()).isEmpty();
    }

    Canvas c = canvas();
    assertThat(c.segments()).hasSize(1);
    CustomerSegment s = c.segments().get(0);
    assertThat(s.name()).isEqualTo("Students in Lyon");
    assertThat(s.need()).isEqualTo("A cheap, healthy lunch near campus");
    assertThat(s.distinctness().channel()).isEqualTo("Campus posters");
    assertThat(s.distinctness().relationship()).isEqualTo("Self-service");
    assertThat(s.status()).isEqualTo(SegmentStatus.FOCUS);
    for (Block block : Block.noteBlocks()) {
      List<Note> notes = c.notes(block);
      assertThat(notes).as(block.key()).isNotEmpty()
          .anyMatch(n -> n.text().equals(NOTES.get(block)) && n.segmentIds().equals(List.of(s.id())));
    }
    assertThat(c.notes(Block.KEY_PARTNERS)).extracting(Note::text)
        .containsExactly("Catering school", "Local farms");
    List<FindingCode> codes = Validator.validate(c).stream().map(Finding::code).toList();
    assertThat(codes).doesNotContain(FindingCode.CANVAS_NO_SEGMENT, FindingCode.FOCUS_NONE,
        FindingCode.SEGMENT_NO_NAME, FindingCode.SEGMENT_NO_NEED,
        FindingCode.SEGMENT_NO_VALUE_PROPOSITION, FindingCode.FOCUS_TOO_MANY);
  }
}
