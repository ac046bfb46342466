package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import app.toile.session.Samples;
import app.toile.ui.notes.NoteView;
import app.toile.ui.window.MainWindow;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A founder's first canvas, start to finish through the real window: a new canvas, two segments
 * each named by typing, one made the focus, a note linked to it, every step undone and redone,
 * then a search that finds the note and an export with options, confirmed.
 */
@ExtendWith(ApplicationExtension.class)
class FirstCanvasJourneyTest {
  private final TestWindow fx = new TestWindow("first-canvas-journey", Locale.ENGLISH);
  private MainWindow window;
  @TempDir
  Path exported;

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

  private List<String> cardNames(FxRobot robot) {
    return robot.lookup(".segment-card .segment-name").queryAllAs(Label.class).stream()
        .map(Label::getText).toList();
  }

  private String status(FxRobot robot) {
    return robot.lookup(".status-findings").queryAs(Label.class).getText();
  }

  private void click(FxRobot robot, String text) {
    TextClicks.click(robot, window.stage(), text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String addSegmentByTyping(FxRobot robot, String name) {
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(name).push(KeyCode.ENTER);
    return window.canvas().selectedSegmentProperty().get();
  }

  private void undo(FxRobot robot) {
    robot.interact(() -> window.actions().undo());
  }

  private void redo(FxRobot robot) {
    robot.interact(() -> window.actions().redo());
  }

  @Test
  void newCanvasTwoSegmentsAFocusALinkedNoteUndoRedoSearchAndExport(FxRobot robot)
      throws Exception {
    robot.clickOn("New canvas");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status(robot)).isEqualTo("Start with a customer segment");

    // Two segments, each named by typing over "New segment".
    String paris = addSegmentByTyping(robot, "Freelancers in Paris");
    assertThat(status(robot)).contains("error");
    String lyon = addSegmentByTyping(robot, "Cafes in Lyon");
    assertThat(cardNames(robot)).containsExactly("Freelancers in Paris", "Cafes in Lyon");
    Canvas named = canvas();

    // Paris is made the focus, from the segment editor's status.
    robot.clickOn(window.editor().segmentsBlock().card(paris).orElseThrow());
    robot.interact(() -> window.editor().workspace().editor().focusField("status"));
    WaitForAsyncUtils.waitForFxEvents();
    ComboBox<?> box = robot.lookup("#field-status").queryAs(ComboBox.class);
    robot.clickOn(box);
    String focusLabel = Texts.labels(Locale.ENGLISH).of("status", SegmentStatus.FOCUS);
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> focusLabel.equals(c.getText())).findFirst().orElseThrow());
    assertThat(canvas().segment(paris).orElseThrow().status()).isEqualTo(SegmentStatus.FOCUS);
    assertThat(robot.lookup(".status-badge.status-focus").queryAs(Label.class).getText())
        .isEqualTo(focusLabel);
    Canvas focused = canvas();

    // A note in Value Propositions, typed at once, then linked to Paris from its menu.
    robot.clickOn(window.editor().blockView(Block.VALUE_PROPOSITIONS));
    robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("Books done in ten minutes").push(KeyCode.CONTROL, KeyCode.ENTER);
    Note note = canvas().notes(Block.VALUE_PROPOSITIONS).get(0);
    assertThat(note.text()).isEqualTo("Books done in ten minutes");
    Canvas written = canvas();
    NoteView view = window.editor().noteView(note.id()).orElseThrow();
    robot.clickOn(view).push(KeyCode.SHIFT, KeyCode.F10);
    click(robot, "Serves segment");
    click(robot, "Freelancers in Paris");
    assertThat(canvas().notes(Block.VALUE_PROPOSITIONS).get(0).segmentIds()).containsExactly(paris);
    Node chip = robot.from(window.editor().noteView(note.id()).orElseThrow())
        .lookup(".segment-chip").query();
    assertThat(chip.isVisible()).isTrue();
    Canvas linked = canvas();

    // Undone step by step: the link, the note and its text at once, the focus, each name, each
    // segment; the cards and the note views follow every step.
    undo(robot);
    assertThat(canvas()).isEqualTo(written);
    undo(robot);
    assertThat(canvas()).isEqualTo(focused.withNotes(Block.VALUE_PROPOSITIONS, List.of()));
    assertThat(canvas().noteCount()).as("no empty note is left").isZero();
    assertThat(robot.lookup(".note").tryQuery()).isEmpty();
    undo(robot);
    assertThat(canvas()).isEqualTo(named);
    assertThat(robot.lookup(".status-badge.status-focus").queryAll().stream().noneMatch(Node::isVisible))
        .isTrue();
    undo(robot);
    assertThat(cardNames(robot)).containsExactly("Freelancers in Paris", "New segment");
    undo(robot);
    assertThat(cardNames(robot)).containsExactly("Freelancers in Paris");
    assertThat(canvas().segment(lyon)).isEmpty();
    undo(robot);
    assertThat(cardNames(robot)).containsExactly("New segment");
    undo(robot);
    assertThat(canvas().segments()).isEmpty();
    assertThat(window.documents().document().canUndoProperty().get()).isFalse();
    // Edited, then undone: the findings show again, not where to begin.
    assertThat(status(robot)).startsWith("1 error");

    for (int i = 0; i < 7; i++) {
      redo(robot);
    }
    assertThat(canvas()).isEqualTo(linked);
    assertThat(cardNames(robot)).containsExactly("Freelancers in Paris", "Cafes in Lyon");
    assertThat(canvas().segments()).extracting(CustomerSegment::status)
        .containsExactly(SegmentStatus.FOCUS, null);
    assertThat(robot.lookup(".note-text").queryAllAs(Label.class)).extracting(Label::getText)
        .containsExactly("Books done in ten minutes");
    assertThat(window.documents().document().canRedoProperty().get()).isFalse();
    assertThat(window.stage().getTitle()).isEqualTo("*Untitled canvas \u2014 Toile");

    // Search: Ctrl+F, then Enter steps to the note and selects it.
    robot.push(KeyCode.CONTROL, KeyCode.F);
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("ten minutes");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".search-count").queryAs(Label.class).getText()).isEqualTo("1 match");
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.canvas().selectedNoteProperty().get()).isEqualTo(note.id());
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    // Export with options: a PNG, in French, written where the founder chose, then confirmed.
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(".export-format-png");
    ChoiceBox<?> language = robot.lookup(".export-language").queryAs(ChoiceBox.class);
    robot.interact(() -> language.getSelectionModel().select(
        language.getItems().indexOf(Locale.FRENCH)));
    Path png = exported.resolve("first-canvas.png");
    fx.prompts.files.add(png);
    robot.clickOn(".export-run");
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> robot.lookup(".export-written").tryQuery().map(Node::isVisible).orElse(false));
    assertThat(robot.lookup(".export-written").queryAs(Label.class).getText())
        .isEqualTo(png.toString());
    assertThat(Files.size(png)).isGreaterThan(10_000);
    try (InputStream in = Files.newInputStream(png)) {
      assertThat(in.readNBytes(8)).as("a PNG").startsWith(0x89, 'P', 'N', 'G');
    }
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas()).as("searching and exporting change nothing").isEqualTo(linked);
  }
}
