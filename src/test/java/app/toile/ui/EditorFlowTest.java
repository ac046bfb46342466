package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import app.toile.session.Samples;
import app.toile.ui.notes.NoteBlockView;
import app.toile.ui.notes.NoteView;
import app.toile.ui.window.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A founder's first session, driven through the real window with mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class EditorFlowTest {
  private final TestWindow fx = new TestWindow("editor-flow", Locale.ENGLISH);
  private Path folder;
  private MainWindow window;
  private TestPrompts prompts;

  @Start
  void start(Stage stage) throws IOException {
    folder = Files.createTempDirectory("toile-flow");
    // The real canvas files: what is saved is read back from disk.
    window = fx.open(stage, Samples.none(), null, new FileCanvasStore());
    prompts = fx.prompts;
  }

  @AfterEach
  void forgetSettingsAndFiles() throws IOException {
    fx.forget();
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }

  private Canvas canvas() {
    return window.documents().document().canvas();
  }

  private NoteBlockView block(FxRobot robot, Block b) {
    return robot.lookup(".note-block").queryAllAs(NoteBlockView.class).stream()
        .filter(v -> v.block() == b).findFirst().orElseThrow();
  }

  /**
   * Clicks the visible control whose text, mnemonics aside, is {@code text} (menus show "_Edit"),
   * preferring an open menu's item to a label of the window with the same text.
   */
  private void click(FxRobot robot, String text) {
    TextClicks.click(robot, window.stage(), text);
  }

  private Note onlyNote(Block b) {
    assertThat(canvas().notes(b)).hasSize(1);
    return canvas().notes(b).get(0);
  }

  @Test
  void createANoteLinkEditMoveUndoSaveReopenAndSwitchToFrench(FxRobot robot) {
    // Start screen, then a new canvas with Customer Segments selected and focused.
    assertThat(robot.lookup(".start-view").queryAs(Node.class).isVisible()).isTrue();
    robot.clickOn("New canvas");
    assertThat(robot.lookup(".editor").queryAs(Node.class).isVisible()).isTrue();
    assertThat(window.canvas().selectedBlockProperty().get()).isEqualTo(Block.CUSTOMER_SEGMENTS);
    // Empty blocks show their question large; the segments block calls to start there.
    List<Node> large = List.copyOf(robot.lookup(".block-empty-question").queryAll());
    assertThat(large).hasSize(9).allMatch(n -> n.isVisible() && n.getParent().isVisible());
    List<Node> small = List.copyOf(robot.lookup(".block-question").queryAll());
    assertThat(small).hasSize(9).noneMatch(Node::isVisible);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.stage().getScene().getFocusOwner().getStyleClass()).contains("segments-block");

    // A segment in one shortcut, named in the side panel: typing replaces "New segment".
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("Paris").push(KeyCode.ENTER);
    assertThat(canvas().segments()).singleElement().extracting(s -> s.name()).isEqualTo("Paris");
    String paris = canvas().segments().get(0).id();

    // A note in Value Propositions: double-click the block, type, Ctrl+Enter.
    robot.doubleClickOn(block(robot, Block.VALUE_PROPOSITIONS));
    robot.write("Books done in ten minutes").push(KeyCode.CONTROL, KeyCode.ENTER);
    Note note = onlyNote(Block.VALUE_PROPOSITIONS);
    assertThat(note.text()).isEqualTo("Books done in ten minutes");

    // Linked to Paris from its context menu (Shift+F10): the note shows Paris's chip.
    NoteView view = block(robot, Block.VALUE_PROPOSITIONS).noteView(note.id()).orElseThrow();
    // Shift+F10: the headless toolkit turns no right-click into a context-menu request.
    robot.clickOn(view).push(KeyCode.SHIFT, KeyCode.F10);
    click(robot, "Serves segment");
    click(robot, "Paris");
    assertThat(onlyNote(Block.VALUE_PROPOSITIONS).segmentIds()).containsExactly(paris);
    assertThat(robot.from(view).lookup(".segment-chip").queryAll()).hasSize(1);

    // Edited with Enter, kept with Ctrl+Enter.
    robot.clickOn(view).push(KeyCode.ENTER);
    TextArea editor = robot.lookup(".note-editor").queryAs(TextArea.class);
    robot.interact(editor::selectAll);
    robot.write("Books and VAT done in ten minutes").push(KeyCode.CONTROL, KeyCode.ENTER);
    assertThat(onlyNote(Block.VALUE_PROPOSITIONS).text()).isEqualTo("Books and VAT done in ten minutes");

    // Dragged to Channels.
    robot.drag(view).dropTo(block(robot, Block.CHANNELS));
    assertThat(canvas().notes(Block.VALUE_PROPOSITIONS)).isEmpty();
    assertThat(onlyNote(Block.CHANNELS).id()).isEqualTo(note.id());
    assertThat(window.stage().getTitle()).isEqualTo("*Untitled canvas \u2014 Toile");

    // Undo each step, then redo each.
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(onlyNote(Block.VALUE_PROPOSITIONS).text()).isEqualTo("Books and VAT done in ten minutes");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(onlyNote(Block.VALUE_PROPOSITIONS).text()).isEqualTo("Books done in ten minutes");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(onlyNote(Block.VALUE_PROPOSITIONS).segmentIds()).isEmpty();
    // The note and its first text are one step: no empty note is left behind.
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(canvas().noteCount()).isZero();
    robot.push(KeyCode.CONTROL, KeyCode.Y);
    robot.push(KeyCode.CONTROL, KeyCode.Y);
    robot.push(KeyCode.CONTROL, KeyCode.Y);
    assertThat(onlyNote(Block.VALUE_PROPOSITIONS).segmentIds()).containsExactly(paris);
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    robot.push(KeyCode.CONTROL, KeyCode.Y);
    assertThat(onlyNote(Block.CHANNELS).text()).isEqualTo("Books and VAT done in ten minutes");
    Canvas edited = canvas();

    // Saved, closed for a new canvas, reopened: the same content, shown again.
    Path file = folder.resolve("first-canvas.toile.json");
    prompts.files.add(file);
    robot.push(KeyCode.CONTROL, KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(CanvasFiles.load(file)).isEqualTo(edited);
    assertThat(window.stage().getTitle()).isEqualTo("first-canvas \u2014 Toile");
    robot.push(KeyCode.CONTROL, KeyCode.N);
    assertThat(canvas().noteCount()).isZero();
    robot.interact(() -> window.documents().open(file));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas()).isEqualTo(edited);
    assertThat(robot.lookup(".note-text").queryAllAs(Label.class)).extracting(Label::getText)
        .containsExactly("Books and VAT done in ten minutes");

    // French from the toolbar's language menu, at once.
    robot.clickOn(".language-button");
    click(robot, "Fran\u00e7ais");
    assertThat(robot.lookup(".block-name").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Segments de client\u00e8le", "Propositions de valeur", "Canaux");
    assertThat(fx.settings.language().getLanguage()).isEqualTo("fr");
  }
}
