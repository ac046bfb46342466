package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.session.Samples;
import app.toile.ui.guide.GuideCard;
import app.toile.ui.window.MainWindow;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A founder follows the guide a new canvas offers, headless: through the nine blocks with Next,
 * back with Back and the keys, the missing items changing as the first segment's need is typed.
 */
@ExtendWith(ApplicationExtension.class)
class GuideFlowTest {
  private final TestWindow test = new TestWindow("guide-flow", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = test.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forgetSettings() {
    test.forget();
  }

  static String progress(FxRobot robot) {
    return robot.lookup("#guide-progress").queryAs(Label.class).getText();
  }

  static List<String> missing(FxRobot robot) {
    VBox box = robot.lookup("#guide-missing").queryAs(VBox.class);
    return box.getChildren().stream().filter(Hyperlink.class::isInstance)
        .map(n -> ((Hyperlink) n).getText()).toList();
  }

  /** The current block is marked and the only one at full opacity. */
  private void assertOn(Block block) {
    for (Block b : Block.values()) {
      Node view = window.editor().blockView(b);
      assertThat(view.getStyleClass().contains(GuideCard.CURRENT)).as(b.key()).isEqualTo(b == block);
      assertThat(view.getOpacity()).as(b.key()).isEqualTo(b == block ? 1.0 : 0.35);
    }
  }

  static void openFromViewMenu(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    MenuItem guide = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> "Guide".equals(i.getText())).findFirst().orElseThrow();
    robot.interact(guide::fire);
  }

  @Test
  void aNewCanvasOffersTheGuideThroughTheNineBlocksAndBack(FxRobot robot) {
    robot.clickOn("New canvas");
    Node card = robot.lookup("#guide-card").query();
    assertThat(card.isVisible()).isTrue();
    assertThat(progress(robot)).isEqualTo("1 of 9");
    assertOn(Block.CUSTOMER_SEGMENTS);
    assertThat(robot.lookup("#guide-questions").queryAs(VBox.class).getChildren()).hasSize(11);
    assertThat(missing(robot)).anyMatch(t -> t.contains("segment"));

    // The first segment, from the card; its name is ready to type.
    robot.clickOn("#guide-add-segment");
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("Students").push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#guide-add-segment").tryQuery()).isEmpty();
    assertThat(missing(robot)).anyMatch(t -> t.contains("Students") && t.contains("no need"));

    // The first question leads to the need: typing it takes the finding off the list.
    robot.clickOn(robot.lookup(".guide-question").queryAs(Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    TextArea need = robot.lookup("#field-need").queryAs(TextArea.class);
    assertThat(need.isFocused()).isTrue();
    robot.write("Cheap meals near campus").press(KeyCode.CONTROL, KeyCode.ENTER)
        .release(KeyCode.ENTER, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(missing(robot)).noneMatch(t -> t.contains("no need"));
    assertThat(robot.lookup(".guide-answered").queryAs(Hyperlink.class).getText())
        .contains("specific need");

    // Next through the eight other blocks; each is empty and serves no segment yet.
    for (int i = 1; i < 9; i++) {
      robot.clickOn("#guide-next");
      assertThat(progress(robot)).isEqualTo((i + 1) + " of 9");
      assertOn(Block.values()[i]);
      assertThat(window.canvas().selectedBlockProperty().get()).isEqualTo(Block.values()[i]);
      assertThat(missing(robot)).containsExactly("This block is empty.",
          "Segment \u201cStudents\u201d is served by no note of this block.");
    }
    assertThat(robot.lookup("#guide-next").queryAs(Node.class).isDisabled()).isTrue();

    // Back with the button, then with the keys.
    robot.clickOn("#guide-back");
    assertOn(Block.KEY_PARTNERS);
    robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
    assertOn(Block.KEY_ACTIVITIES);
    robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
    assertOn(Block.KEY_PARTNERS);
    for (int i = 7; i > 0; i--) {
      robot.clickOn("#guide-back");
      assertThat(progress(robot)).isEqualTo(i + " of 9");
    }
    assertOn(Block.CUSTOMER_SEGMENTS);

    // Leaving restores the canvas; opening again resumes at the same block.
    robot.clickOn("#guide-next");
    robot.clickOn("#guide-leave");
    assertThat(card.isVisible()).isFalse();
    for (Block b : Block.values()) {
      assertThat(window.editor().blockView(b).getOpacity()).isEqualTo(1.0);
      assertThat(window.editor().blockView(b).getStyleClass()).doesNotContain(GuideCard.CURRENT);
    }
    openFromViewMenu(robot);
    assertThat(progress(robot)).isEqualTo("2 of 9");
    robot.push(KeyCode.ESCAPE);
    assertThat(window.guide().isShown()).isFalse();
  }

  @Test
  void escWhileTypingANoteCancelsTheTypingNotTheGuide(FxRobot robot) {
    robot.clickOn("New canvas");
    robot.clickOn("#guide-next");
    robot.clickOn("#guide-add-note");
    robot.write("Half-price");
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.guide().isShown()).isTrue();
    assertThat(window.canvas().editingNoteProperty().get()).isNull();
    robot.push(KeyCode.ESCAPE);
    assertThat(window.guide().isShown()).isFalse();
  }
}
