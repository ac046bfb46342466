package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * One way to add a segment, whether from the block's "+", the empty block's button, Ctrl+Shift+N or
 * the guide: the new segment is selected, its name waits in the side panel with "New segment"
 * selected, the card follows each key typed, and the name is one step to undo.
 */
@ExtendWith(ApplicationExtension.class)
class AddSegmentTest {
  private final TestWindow fx = new TestWindow("add-segment", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fx.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forgetSettings() {
    fx.forget();
  }

  private Canvas canvas() {
    return window.documents().document().canvas();
  }

  private String cardName(FxRobot robot, String segmentId) {
    Node card = window.editor().segmentsBlock().card(segmentId).orElseThrow();
    return robot.from(card).lookup(".segment-name").queryAs(Label.class).getText();
  }

  /** Adds a segment one way, then names it by typing, checking each step on the screen. */
  private String addAndName(FxRobot robot, Consumer<FxRobot> how, String name) {
    int before = canvas().segments().size();
    how.accept(robot);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas().segments()).hasSize(before + 1);
    String id = canvas().segments().get(before).id();
    assertThat(window.canvas().selectedSegmentProperty().get()).isEqualTo(id);
    assertThat(window.editor().workspace().tabs().getSelectionModel().getSelectedItem().getId())
        .isEqualTo("tab-segment");
    TextField field = robot.lookup("#field-name").queryAs(TextField.class);
    assertThat(window.stage().getScene().getFocusOwner()).isSameAs(field);
    assertThat(field.getSelectedText()).isEqualTo("New segment");
    assertThat(inView(field)).as("the name field scrolled into view").isTrue();

    // The card follows each key; the canvas has the name as it is typed.
    for (int i = 1; i <= name.length(); i++) {
      robot.write(name.substring(i - 1, i));
      assertThat(cardName(robot, id)).isEqualTo(name.substring(0, i));
    }
    robot.push(KeyCode.ENTER);
    assertThat(canvas().segment(id).orElseThrow().name()).isEqualTo(name);
    return id;
  }

  private boolean inView(Node field) {
    ScrollPane scroll = (ScrollPane) ancestor(field, ScrollPane.class);
    Bounds viewport = scroll.localToScene(scroll.getViewportBounds());
    Bounds b = field.localToScene(field.getBoundsInLocal());
    // The viewport's bounds are relative to the scroll pane's content, hence the shift.
    double top = scroll.localToScene(scroll.getBoundsInLocal()).getMinY();
    return b.getMinY() >= top && b.getMaxY() <= top + viewport.getHeight() + 1;
  }

  private static Node ancestor(Node n, Class<?> type) {
    Node p = n.getParent();
    while (p != null && !type.isInstance(p)) {
      p = p.getParent();
    }
    return p;
  }

  @Test
  void theGuideTheEmptyBlocksButtonThePlusAndTheShortcutAllAddTheSameWay(FxRobot robot) {
    robot.interact(() -> window.actions().newCanvas());
    WaitForAsyncUtils.waitForFxEvents();
    addAndName(robot, r -> r.clickOn("#guide-add-segment"), "Students");
    robot.clickOn("#guide-leave");
    robot.interact(() -> window.actions().undo());
    robot.interact(() -> window.actions().undo());
    assertThat(canvas().segments()).isEmpty();

    addAndName(robot, r -> r.clickOn(".segments-start"), "Freelancers");
    addAndName(robot, r -> r.clickOn(".segments-block .block-add"), "Cafes");
    // With the editor scrolled down, the name field is brought back into view.
    robot.interact(() -> ((ScrollPane) ancestor(robot.lookup("#field-name").query(),
        ScrollPane.class)).setVvalue(1));
    addAndName(robot, r -> r.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N), "Bakeries");
    assertThat(canvas().segments()).extracting(s -> s.name())
        .containsExactly("Freelancers", "Cafes", "Bakeries");
  }

  @Test
  void theNameTypedIsOneStepToUndoAfterTheAdding(FxRobot robot) {
    robot.interact(() -> window.actions().newCanvas());
    robot.clickOn("#guide-leave");
    String id = addAndName(robot, r -> r.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N),
        "Students in Lyon");
    // Leaving the field keeps the name without another step.
    robot.clickOn(window.editor().segmentsBlock().card(id).orElseThrow());
    robot.interact(() -> window.actions().undo());
    assertThat(canvas().segment(id).orElseThrow().name()).isEqualTo("New segment");
    assertThat(cardName(robot, id)).isEqualTo("New segment");
    robot.interact(() -> window.actions().undo());
    assertThat(canvas().segments()).isEmpty();
    robot.interact(() -> window.actions().redo());
    robot.interact(() -> window.actions().redo());
    assertThat(canvas().segment(id).orElseThrow().name()).isEqualTo("Students in Lyon");
    assertThat(window.documents().document().canRedoProperty().get()).isFalse();
  }
}
