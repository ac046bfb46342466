package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import app.toile.session.Samples;
import app.toile.ui.notes.NoteBlockView;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard alone, and the guards around unsaved work. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndSafetyTest {
  private final TestWindow fx = new TestWindow("keyboard", Locale.ENGLISH);
  private final MemoryStore store = fx.store;
  private final Path file = Path.of("kept.toile.json").toAbsolutePath();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    store.put(file, Canvas.empty().withNotes(Block.CHANNELS,
        List.of(Note.of("n1", "Co-working spaces"), Note.of("n2", "Accountants' newsletter"))));
    window = fx.open(stage, Samples.none(), file);
  }

  @AfterEach
  void forgetSettings() {
    fx.forget();
  }

  private Canvas canvas() {
    return window.documents().document().canvas();
  }

  private Node focused() {
    return window.stage().getScene().getFocusOwner();
  }

  private List<String> channelIds() {
    return canvas().notes(Block.CHANNELS).stream().map(Note::id).toList();
  }

  @Test
  void opensTheFileGivenAtStartWithCustomerSegmentsFirstInTabOrder(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.stage().getTitle()).isEqualTo("kept \u2014 Toile");
    assertThat(window.stage().getMinWidth()).isEqualTo(1024);
    assertThat(window.stage().getMinHeight()).isEqualTo(700);
    assertThat(focused().getStyleClass()).contains("segments-block");
    robot.push(KeyCode.TAB);
    assertThat(focused()).isInstanceOf(NoteBlockView.class);
    assertThat(((NoteBlockView) focused()).block()).isEqualTo(Block.VALUE_PROPOSITIONS);
    // Then in fill order: Channels and its two notes, five more blocks, Cost Structure; the
    // header comes after the nine blocks, though it shows above them.
    for (int i = 0; i < 10; i++) {
      robot.push(KeyCode.TAB);
    }
    assertThat(focused().getStyleClass()).contains("canvas-title");
  }

  @Test
  void addsMovesAndDeletesNotesWithTheKeyboardAlone(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    // Tab to Value Propositions, Ctrl+Enter adds a note there, typed and kept.
    robot.push(KeyCode.TAB).push(KeyCode.CONTROL, KeyCode.ENTER);
    robot.write("Bookkeeping in ten minutes a week").push(KeyCode.CONTROL, KeyCode.ENTER);
    assertThat(canvas().notes(Block.VALUE_PROPOSITIONS)).extracting(Note::text)
        .containsExactly("Bookkeeping in ten minutes a week");

    // Esc while editing leaves the text as it was.
    robot.push(KeyCode.ENTER).write(" and more").push(KeyCode.ESCAPE);
    assertThat(canvas().notes(Block.VALUE_PROPOSITIONS)).extracting(Note::text)
        .containsExactly("Bookkeeping in ten minutes a week");

    // In Channels: Alt+Down reorders, Delete deletes, Ctrl+Z brings it back.
    robot.interact(() -> window.canvas().selectNote("n1"));
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(KeyCode.ALT, KeyCode.DOWN);
    assertThat(channelIds()).containsExactly("n2", "n1");
    robot.push(KeyCode.DELETE);
    assertThat(channelIds()).containsExactly("n2");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(channelIds()).containsExactly("n2", "n1");
    assertThat(window.stage().getTitle()).startsWith("*");
    robot.push(KeyCode.CONTROL, KeyCode.Z).push(KeyCode.CONTROL, KeyCode.Z).push(KeyCode.CONTROL, KeyCode.Z);
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(window.stage().getTitle()).isEqualTo("kept \u2014 Toile");
  }

  @Test
  void addsRenamesReordersAndDeletesSegmentsWithTheKeyboard(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    for (String name : new String[] {"Paris", "Lyon"}) {
      robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
      robot.push(KeyCode.CONTROL, KeyCode.A).write(name).push(KeyCode.ENTER);
    }
    assertThat(canvas().segments()).extracting(s -> s.name()).containsExactly("Paris", "Lyon");
    // Named in the side panel; a click gives the keyboard back to the card.
    robot.clickOn(window.editor().segmentsBlock().card(canvas().segments().get(1).id()).orElseThrow());
    // Lyon is selected: rename it, move it first, delete it, bring it back.
    robot.push(KeyCode.F2).push(KeyCode.CONTROL, KeyCode.A).write("Lyon centre").push(KeyCode.ENTER);
    robot.push(KeyCode.ALT, KeyCode.UP);
    assertThat(canvas().segments()).extracting(s -> s.name()).containsExactly("Lyon centre", "Paris");
    robot.push(KeyCode.DELETE);
    assertThat(canvas().segments()).extracting(s -> s.name()).containsExactly("Paris");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(canvas().segments()).extracting(s -> s.name()).containsExactly("Lyon centre", "Paris");
    assertThat(robot.lookup(".segment-card").queryAll()).hasSize(2);
  }

  @Test
  void aFailedSaveSaysSoAndLeavesTheFileAsItWas(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Canvas onDisk = store.get(file);
    robot.interact(() -> window.canvas().selectNote("n2"));
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(KeyCode.DELETE);
    store.failSaves(true);
    robot.push(KeyCode.CONTROL, KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo("Could not save \u201ckept.toile.json\u201d. The file on disk was left as it was.");
    assertThat(dialog.getContentText()).isEqualTo("No space left on the disk.");
    robot.interact(() -> dialog.getScene().getWindow().hide());
    assertThat(store.get(file)).isEqualTo(onDisk);
    assertThat(window.documents().document().isUnsaved()).isTrue();
  }

  @Test
  void closingWithUnsavedChangesAsksFirstAndCancelKeepsTheWindow(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> window.canvas().selectNote("n1"));
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(KeyCode.DELETE);
    // Not robot.interact: it would wait for the modal prompt to close, which only the test can do.
    Platform.runLater(() -> window.stage().fireEvent(
        new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo("Save the changes to \u201ckept\u201d?");
    robot.clickOn(robot.from(dialog).lookup((Node n) -> n instanceof Button b
        && "Cancel".equals(b.getText())).queryButton());
    assertThat(window.stage().isShowing()).isTrue();
    assertThat(window.documents().document().isUnsaved()).isTrue();

    Platform.runLater(() -> window.actions().quit());
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane again = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    robot.clickOn(robot.from(again).lookup((Node n) -> n instanceof Button b
        && "Save".equals(b.getText())).queryButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(store.get(file).notes(Block.CHANNELS)).extracting(Note::id).containsExactly("n2");
    assertThat(Window.getWindows()).doesNotContain(window.stage());
    assertThat(fx.settings.windowBounds()).as("remembered on close").isNotNull();
  }

  @Test
  void theDarkThemeSwitchesAtOnceAndIsRemembered(FxRobot robot) {
    robot.interact(() -> window.actions().setDark(true));
    assertThat(window.stage().getScene().getRoot().getStyleClass()).contains("dark");
    assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
    assertThat(fx.settings.darkTheme()).isTrue();
    robot.interact(() -> window.actions().setDark(false));
    assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-light");
  }

  @Test
  void exportsAPdfWithCtrlE(FxRobot robot) throws java.io.IOException {
    Path dir = java.nio.file.Files.createTempDirectory("toile-export");
    Path pdf = dir.resolve("kept.pdf");
    fx.prompts.files.add(pdf);
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    // The dialog opens on a PDF beside the canvas; another file is chosen, then Enter exports.
    assertThat(robot.lookup(".export-file").queryAs(javafx.scene.control.TextField.class).getText())
        .isEqualTo(file.resolveSibling("kept.pdf").toString());
    robot.clickOn(".export-choose");
    // From the chooser's button, Tab goes to Export.
    robot.push(KeyCode.TAB);
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(KeyCode.ESCAPE);
    byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    java.nio.file.Files.delete(pdf);
    java.nio.file.Files.delete(dir);
  }

  @Test
  void f1ShowsTheShortcuts(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane sheet = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(sheet.getHeaderText()).isEqualTo("Keyboard shortcuts");
    assertThat(robot.from(sheet).lookup(".shortcut-keys").queryAll()).hasSizeGreaterThan(10);
    robot.interact(() -> sheet.getScene().getWindow().hide());
  }
}
