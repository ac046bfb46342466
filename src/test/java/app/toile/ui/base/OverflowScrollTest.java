package app.toile.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A block's notes outgrow it: a scroll bar appears, and a note that takes the focus is shown. */
@ExtendWith(ApplicationExtension.class)
class OverflowScrollTest {
  private final VBox notes = new VBox(4);
  private OverflowScroll scroll;

  @Start
  void start(Stage stage) {
    for (int i = 0; i < 30; i++) {
      notes.getChildren().add(new Button("Note " + i));
    }
    scroll = new OverflowScroll(notes);
    // A block of a fixed height, as the canvas grid gives it, whatever the screen.
    scroll.setMaxHeight(160);
    stage.setScene(new Scene(new VBox(scroll), 200, 160));
    stage.show();
  }

  private boolean inView(Button note) {
    Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
    Bounds b = note.localToScene(note.getLayoutBounds());
    return b.getMinY() >= shown.getMinY() - 0.5 && b.getMaxY() <= shown.getMaxY() + 0.5;
  }

  @Test
  void aNoteTakingTheFocusIsScrolledIntoViewBothWays(FxRobot robot) {
    Button last = (Button) notes.getChildren().get(29);
    Button first = (Button) notes.getChildren().get(0);
    assertThat(scroll.scrolls()).isTrue();
    assertThat(inView(last)).isFalse();

    robot.interact(last::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(inView(last)).isTrue();
    assertThat(inView(first)).isFalse();

    robot.interact(first::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(inView(first)).isTrue();
  }

  @Test
  void aNoteAlreadyInViewLeavesTheScrollWhereItIs(FxRobot robot) {
    Button second = (Button) notes.getChildren().get(1);
    robot.interact(second::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(inView(second)).isTrue();
    assertThat(inView((Button) notes.getChildren().get(0))).isTrue();
  }
}
