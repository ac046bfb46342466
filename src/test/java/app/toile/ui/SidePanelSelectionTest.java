package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The side panel follows the selection: a note chosen on the canvas shows its own panel (whose
 * edits are edits of the canvas, undone like any other), another segment shows its form from the
 * top, and the wheel scrolls the form by lines.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelSelectionTest {
  private static final Path SAMPLE = Path.of("samples", "en", "paris-startup.toile.json");
  private final TestWindow test = new TestWindow("side-panel-selection", Locale.ENGLISH);
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

  private Canvas canvas() {
    return window.documents().document().canvas();
  }

  private TabPane tabs() {
    return window.editor().workspace().tabs();
  }

  private Note note(String id) {
    return canvas().findNote(id).orElseThrow().note();
  }

  private void undo(FxRobot robot) {
    robot.interact(() -> window.actions().undo());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aChosenNoteShowsItsPanelWhoseEditsUndo(FxRobot robot) {
    robot.interact(() -> tabs().getSelectionModel().select(1));
    String id = canvas().notes().values().stream().flatMap(List::stream)
        .filter(n -> n.colour() == null && n.segmentIds().size() == 1).findFirst().orElseThrow()
        .id();
    robot.interact(() -> window.canvas().selectNote(id));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tabs().getSelectionModel().getSelectedIndex()).as("not the market").isZero();
    assertThat(tabs().getTabs().get(0).getText()).isEqualTo("Note");
    TextArea text = robot.lookup("#note-panel-text").queryAs(TextArea.class);
    assertThat(text.getText()).isEqualTo(note(id).text());

    robot.interact(() -> robot.lookup("#note-colour-green").queryAs(ToggleButton.class).fire());
    assertThat(note(id).colour()).isEqualTo(NoteColour.GREEN);
    undo(robot);
    assertThat(note(id).colour()).isNull();

    CheckBox serves = robot.lookup("#note-panel-segments .check-box").queryAllAs(CheckBox.class)
        .stream().filter(CheckBox::isSelected).findFirst().orElseThrow();
    robot.interact(serves::fire);
    assertThat(note(id).segmentIds()).isEmpty();
    undo(robot);
    assertThat(note(id).segmentIds()).hasSize(1);

    String before = note(id).text();
    robot.clickOn(text);
    robot.interact(() -> {
      text.setText("A note typed in the panel");
      window.editor().workspace().tabs().requestFocus();
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(note(id).text()).isEqualTo("A note typed in the panel");
    undo(robot);
    assertThat(note(id).text()).isEqualTo(before);
  }

  @Test
  void anotherSegmentShowsItsFormFromTheTopAndTheWheelScrollsByLines(FxRobot robot) {
    ScrollPane form = robot.lookup(".segment-editor .scroll-pane").queryAs(ScrollPane.class);
    double step = wheel(robot, form);
    // Three lines of text, some 18 pixels each, not the few pixels of a raw wheel event.
    assertThat(step).isBetween(40.0, 80.0);
    robot.interact(() -> form.setVvalue(0.8));
    robot.interact(() -> window.canvas().selectSegment(canvas().segments().get(1).id()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(form.getVvalue()).isZero();
  }

  /** Pixels the form moves for one step of the wheel down over it. */
  private static double wheel(FxRobot robot, ScrollPane form) {
    double[] moved = new double[1];
    robot.interact(() -> {
      form.setVvalue(0);
      double free = form.getContent().getLayoutBounds().getHeight()
          - form.getViewportBounds().getHeight();
      ScrollEvent e = new ScrollEvent(ScrollEvent.SCROLL, 0, 0, 0, 0, false, false, false, false,
          false, false, 0, -40, 0, -40, 40, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
          ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0, new PickResult(form.getContent(), 0, 0));
      Event.fireEvent(form.getContent(), e);
      moved[0] = form.getVvalue() * free;
    });
    return moved[0];
  }
}
