package app.toile.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.ui.base.Localization;
import app.toile.ui.window.Theme;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A block's name is never cut inside a word: in a narrow column the buttons leave the name's line,
 * and the question leaves theirs when it would be cut too.
 */
@ExtendWith(ApplicationExtension.class)
class BlockHeaderTest {
  private BlockHeader narrow;
  private BlockHeader wide;
  private BlockHeader narrowWithTwoButtons;

  @Start
  void start(Stage stage) {
    Theme.apply(false);
    Localization l10n = new Localization(Locale.ENGLISH);
    narrow = new BlockHeader(Block.CUSTOMER_RELATIONSHIPS, l10n, "tooltip.addNote");
    wide = new BlockHeader(Block.CUSTOMER_RELATIONSHIPS, l10n, "tooltip.addNote");
    narrowWithTwoButtons = new BlockHeader(Block.CUSTOMER_SEGMENTS, l10n, "tooltip.addSegment");
    narrowWithTwoButtons.addTool(new Button("M"));
    narrow.setPrefWidth(120);
    narrowWithTwoButtons.setPrefWidth(120);
    wide.setPrefWidth(320);
    HBox row = new HBox(8, narrow, narrowWithTwoButtons, wide);
    row.setFillHeight(false);
    Scene scene = new Scene(row, 640, 300);
    Theme.style(scene, false);
    stage.setScene(scene);
    stage.show();
  }

  private static Label label(BlockHeader header, String styleClass) {
    return (Label) header.getChildrenUnmodifiable().stream()
        .filter(n -> n.getStyleClass().contains(styleClass)).findFirst().orElseThrow();
  }

  /** The width of a label's longest word, in its font. */
  private static double longestWord(Label label) {
    double longest = 0;
    for (String word : label.getText().split("\\s+")) {
      Text t = new Text(word);
      t.setFont(label.getFont());
      longest = Math.max(longest, t.getLayoutBounds().getWidth());
    }
    return longest;
  }

  private static Bounds bounds(Node n) {
    return n.getBoundsInParent();
  }

  @Test
  void inANarrowColumnTheNameTakesTheWholeWidthAndNoWordIsCut(FxRobot robot) {
    Label name = label(narrow, "block-name");
    assertThat(name.getText()).isEqualTo("Customer Relationships");
    assertThat(name.getWidth()).isGreaterThanOrEqualTo(longestWord(name));
    assertThat(name.getWidth()).isEqualTo(narrow.getWidth() - narrow.snappedLeftInset()
        - narrow.snappedRightInset());
    // The "+" sits under the name, beside the question.
    Node add = narrow.addButton().getParent();
    assertThat(bounds(add).getMinY()).isGreaterThanOrEqualTo(bounds(name).getMaxY());
    Label question = label(narrow, "block-question");
    assertThat(bounds(question).getMinY()).isGreaterThanOrEqualTo(bounds(name).getMaxY());
    assertThat(bounds(question).getMaxX()).isLessThanOrEqualTo(bounds(add).getMinX());
    // All of it inside the header's height: nothing drawn over the notes below.
    assertThat(narrow.getHeight()).isGreaterThanOrEqualTo(bounds(question).getMaxY());
  }

  @Test
  void whenTheQuestionWouldBeCutBesideTheButtonsItGoesUnderThem(FxRobot robot) {
    Label question = label(narrowWithTwoButtons, "block-question");
    Node tools = narrowWithTwoButtons.addButton().getParent();
    assertThat(question.getWidth()).isGreaterThanOrEqualTo(longestWord(question));
    assertThat(bounds(question).getMinY()).isGreaterThanOrEqualTo(bounds(tools).getMaxY());
    assertThat(narrowWithTwoButtons.getHeight()).isGreaterThanOrEqualTo(bounds(question).getMaxY());
  }

  @Test
  void inAWideColumnTheButtonsShareTheNamesLine(FxRobot robot) {
    Label name = label(wide, "block-name");
    Node add = wide.addButton().getParent();
    assertThat(bounds(add).getMinY()).isEqualTo(bounds(name).getMinY());
    assertThat(bounds(name).getMaxX()).isLessThanOrEqualTo(bounds(add).getMinX());
  }
}
