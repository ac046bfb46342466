package app.toile.ui.canvas;

import app.toile.model.Block;
import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;

/**
 * The head of a block: its name, its guiding question (hidden while the block is empty, since
 * the empty block then shows the question large) and its buttons, "+" last, which adds to it.
 *
 * <p>The buttons sit beside the name while every word of the name fits there. In a narrow column
 * (a small window, the side panel open) they move down beside the question and the name takes
 * the whole width, so that a word such as "Relationships" is never cut in two.
 */
public final class BlockHeader extends Region {
  /** Between the texts and the buttons. */
  private static final double GAP = 4;
  /** Between the name and the line under it. */
  private static final double LINE_GAP = 2;

  private final BooleanProperty questionShown = new SimpleBooleanProperty(true);
  private final Label name = new Label();
  private final Label question = new Label();
  private final HBox tools = new HBox(2);
  private final Button add = new Button();
  private final LongestWord nameWord = new LongestWord(name);
  private final LongestWord questionWord = new LongestWord(question);

  public BlockHeader(Block block, Localization l10n, String addTooltipKey) {
    getStyleClass().add("block-header");
    name.textProperty().bind(l10n.label("block." + block.key() + ".name"));
    name.getStyleClass().add("block-name");
    question.textProperty().bind(l10n.label("block." + block.key() + ".question"));
    question.getStyleClass().add("block-question");
    question.setWrapText(true);
    question.visibleProperty().bind(questionShown);
    question.managedProperty().bind(questionShown);
    // The name wraps rather than ending in an ellipsis: a founder must always read which block
    // is which.
    name.setWrapText(true);
    add.setGraphic(Icons.of(Feather.PLUS));
    add.getStyleClass().addAll("flat", "button-icon", "block-add");
    add.setFocusTraversable(false);
    LazyTooltip.bind(add, l10n.ui(addTooltipKey));
    add.accessibleTextProperty().bind(l10n.ui(addTooltipKey));
    tools.setAlignment(Pos.TOP_RIGHT);
    tools.getChildren().add(add);
    getChildren().addAll(name, question, tools);
  }

  /** Whether the small question shows under the name. */
  public BooleanProperty questionShownProperty() {
    return questionShown;
  }

  /** The "+" button. */
  public Button addButton() {
    return add;
  }

  /** Adds a button before the "+" one. */
  public void addTool(Node tool) {
    tools.getChildren().add(tools.getChildren().size() - 1, tool);
  }

  /** Whether the buttons share the name's line at this inner width (they do when it fits). */
  boolean toolsBesideName(double innerWidth) {
    return innerWidth - tools.prefWidth(-1) - GAP >= nameWord.width();
  }

  /**
   * Whether, the name taking the whole width, the question still fits beside the buttons, or
   * goes under them at the whole width too.
   */
  private boolean questionBesideTools(double innerWidth) {
    return innerWidth - tools.prefWidth(-1) - GAP >= questionWord.width();
  }

  /** Its height depends on its width: the texts wrap. */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected void layoutChildren() {
    double x = snappedLeftInset();
    double y = snappedTopInset();
    double w = getWidth() - x - snappedRightInset();
    double toolsW = tools.prefWidth(-1);
    double toolsH = tools.prefHeight(toolsW);
    double textW = Math.max(0, w - toolsW - GAP);
    boolean beside = toolsBesideName(w);
    double nameW = beside ? textW : w;
    double nameH = name.prefHeight(nameW);
    name.resizeRelocate(x, y, nameW, nameH);
    double below = y + nameH + LINE_GAP;
    tools.resizeRelocate(x + w - toolsW, beside ? y : below, toolsW, toolsH);
    if (question.isManaged()) {
      if (beside || questionBesideTools(w)) {
        question.resizeRelocate(x, below, textW, question.prefHeight(textW));
      } else {
        question.resizeRelocate(x, below + toolsH + LINE_GAP, w, question.prefHeight(w));
      }
    }
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + name.prefWidth(-1) + GAP + tools.prefWidth(-1)
        + snappedRightInset();
  }

  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset() + tools.minWidth(-1) + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    double insets = snappedTopInset() + snappedBottomInset();
    double w = (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
    double toolsW = tools.prefWidth(-1);
    double toolsH = tools.prefHeight(toolsW);
    double textW = Math.max(0, w - toolsW - GAP);
    double questionH = question.isManaged() ? question.prefHeight(textW) : 0;
    if (toolsBesideName(w)) {
      double texts = name.prefHeight(textW) + (question.isManaged() ? LINE_GAP + questionH : 0);
      return insets + Math.max(texts, toolsH);
    }
    double nameH = name.prefHeight(w) + LINE_GAP;
    if (!question.isManaged()) {
      return insets + nameH + toolsH;
    }
    if (questionBesideTools(w)) {
      return insets + nameH + Math.max(questionH, toolsH);
    }
    return insets + nameH + toolsH + LINE_GAP + question.prefHeight(w);
  }

  @Override
  protected double computeMinHeight(double width) {
    // The question keeps its lines rather than shrinking to an ellipsis.
    return computePrefHeight(width);
  }

  /**
   * The width of a label's longest word in its font, with the label's padding: the least width at
   * which it wraps between words only. Measured again when the text or the font changes.
   */
  private static final class LongestWord {
    private final Label label;
    private final Text measure = new Text();
    private String text;
    private Font font;
    private double width;

    LongestWord(Label label) {
      this.label = label;
    }

    double width() {
      if (!Objects.equals(label.getText(), text) || !Objects.equals(label.getFont(), font)) {
        text = label.getText();
        font = label.getFont();
        measure.setFont(font);
        double longest = 0;
        for (String word : (text == null ? "" : text).split("\\s+")) {
          measure.setText(word);
          longest = Math.max(longest, measure.getLayoutBounds().getWidth());
        }
        // A pixel more: a label wraps a word that fills its width to the last fraction.
        width = Math.ceil(longest) + 1;
      }
      return width + label.snappedLeftInset() + label.snappedRightInset();
    }
  }
}
