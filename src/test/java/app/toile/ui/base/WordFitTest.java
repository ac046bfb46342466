package app.toile.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A label's longest word stays whole in a narrow column: its type shrinks, never under 11px. */
@ExtendWith(ApplicationExtension.class)
class WordFitTest {
  private Label label;
  private VBox column;

  @Start
  void start(Stage stage) {
    label = new Label("Approvisionnement et torr\u00e9faction");
    column = new VBox(label);
    label.setWrapText(true);
    label.setFont(Font.font(12));
    label.setMaxWidth(Double.MAX_VALUE);
    WordFit.install(label);
    stage.setScene(new Scene(new VBox(column), 400, 300));
    stage.show();
  }

  private double wordWidth(double size) {
    Text t = new Text("Approvisionnement");
    t.setFont(Font.font(label.getFont().getFamily(), size));
    return t.getLayoutBounds().getWidth();
  }

  private void width(FxRobot robot, double w) {
    robot.interact(() -> {
      column.setPrefWidth(w);
      column.setMaxWidth(w);
      for (int i = 0; i < 3; i++) {
        column.applyCss();
        column.layout();
      }
    });
  }

  @Test
  void aWordTooWideShrinksTheTypeUntilItFitsAndGrowsBackWhenThereIsRoom(FxRobot robot) {
    double word = wordWidth(12);
    width(robot, word - 4);
    assertThat(label.getFont().getSize()).isLessThan(12).isGreaterThanOrEqualTo(WordFit.SMALLEST);
    assertThat(wordWidth(label.getFont().getSize())).isLessThanOrEqualTo(label.getWidth());

    width(robot, word + 40);
    assertThat(label.getFont().getSize()).isEqualTo(12);
  }

  @Test
  void neverUnderElevenPixels(FxRobot robot) {
    width(robot, 40);
    assertThat(label.getFont().getSize()).isEqualTo(WordFit.SMALLEST);
  }
}
