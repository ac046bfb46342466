package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import javafx.css.PseudoClass;
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

/** Ctrl+F: find "equipe" in a French canvas, step through the places, close with Esc. */
@ExtendWith(ApplicationExtension.class)
class SearchBarTest {
  private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("search-current");
  private static final PseudoClass HIT = PseudoClass.getPseudoClass("search-hit");
  private final TestWindow fx = new TestWindow("search", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fx.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forget() {
    fx.forget();
  }

  private String count(FxRobot robot) {
    return robot.lookup(".search-count").queryAs(Label.class).getText();
  }

  private Node focused() {
    return window.stage().getScene().getFocusOwner();
  }

  @Test
  void findsAccentsAsideStepsSelectingAndCloses(FxRobot robot) {
    robot.interact(() -> window.documents().openAsNew(
        CanvasFiles.load(Path.of("samples/fr/paris-startup.toile.json"))));
    WaitForAsyncUtils.waitForFxEvents();
    Node bar = robot.lookup(".search-bar").query();
    assertThat(bar.isVisible()).isFalse();

    robot.push(KeyCode.CONTROL, KeyCode.F);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(bar.isVisible()).isTrue();
    assertThat(focused()).isInstanceOf(TextField.class);
    robot.write("equipe");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(count(robot)).isEqualTo("2 matches");
    Node note = window.editor().noteView("note-cs-2").orElseThrow();
    assertThat(note.getPseudoClassStates()).contains(HIT);

    // Enter: the segment first (reading order: the top row before Cost Structure).
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(count(robot)).isEqualTo("1 of 2");
    assertThat(window.canvas().selectedSegmentProperty().get()).isEqualTo("seg-france");
    assertThat(window.editor().segmentsBlock().card("seg-france").orElseThrow()
        .getPseudoClassStates()).contains(CURRENT);
    assertThat(focused()).as("the keyboard stays in the search field").isInstanceOf(TextField.class);

    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(count(robot)).isEqualTo("2 of 2");
    assertThat(window.canvas().selectedNoteProperty().get()).isEqualTo("note-cs-2");
    assertThat(note.getPseudoClassStates()).contains(CURRENT).doesNotContain(HIT);
    // Scrolled into its block's view, though the keyboard stayed in the search field.
    Node scroll = note.getParent();
    while (!(scroll instanceof app.toile.ui.base.OverflowScroll)) {
      scroll = scroll.getParent();
    }
    javafx.geometry.Bounds seen = scroll.localToScene(scroll.getLayoutBounds());
    javafx.geometry.Bounds at = note.localToScene(note.getLayoutBounds());
    assertThat(at.getMinY()).isGreaterThanOrEqualTo(seen.getMinY() - 1);
    assertThat(at.getMaxY()).isLessThanOrEqualTo(seen.getMaxY() + 1);

    robot.push(KeyCode.SHIFT, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(count(robot)).isEqualTo("1 of 2");
    assertThat(window.canvas().selectedSegmentProperty().get()).isEqualTo("seg-france");

    robot.interact(() -> window.actions().setLanguage(Locale.FRENCH));
    assertThat(count(robot)).isEqualTo("1 sur 2");
    robot.interact(() -> robot.lookup(".search-field").queryAs(TextField.class).setText("zzz"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(count(robot)).isEqualTo("Aucun résultat");

    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(bar.isVisible()).isFalse();
    assertThat(note.getPseudoClassStates()).doesNotContain(CURRENT, HIT);
    assertThat(window.session().search().hitsProperty().get()).isEmpty();
    assertThat(window.documents().document().canUndoProperty().get()).isFalse();
  }
}
