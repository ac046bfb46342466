package app.toile.ui.base;

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
    WordFit.install(question);
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

  /** Its height depends on its width: the texts wrap. */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected void layoutChildren() {
    double x = snappedLeftInset();
    double y = snappedTopInset();
    Plan p = plan(getWidth() - x - snappedRightInset());
    name.resizeRelocate(x, y, p.nameWidth(), p.nameHeight());
    tools.resizeRelocate(x + p.toolsX(), y + p.toolsY(), p.toolsWidth(), p.toolsHeight());
    if (question.isManaged()) {
      question.resizeRelocate(x + p.questionX(), y + p.questionY(), p.questionWidth(),
          p.questionHeight());
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
    double w = (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
    return snappedTopInset() + plan(w).height() + snappedBottomInset();
  }

  @Override
  protected double computeMinHeight(double width) {
    // The question keeps its lines rather than shrinking to an ellipsis.
    return computePrefHeight(width);
  }

  /** Where the name, the buttons and the question go inside a given width, from the top left. */
  private record Plan(double nameWidth, double nameHeight, double toolsX, double toolsY,
      double toolsWidth, double toolsHeight, double questionX, double questionY,
      double questionWidth, double questionHeight) {

    double height() {
      return Math.max(nameHeight, Math.max(toolsY + toolsHeight, questionY + questionHeight));
    }
  }

  /**
   * The buttons share the name's line while its longest word fits beside them; otherwise the name
   * takes the whole width and the buttons go under it, beside the question, or above it when the
   * question's longest word would not fit beside them either.
   */
  private Plan plan(double w) {
    double toolsW = tools.prefWidth(-1);
    double toolsH = tools.prefHeight(toolsW);
    double besideTools = Math.max(0, w - toolsW - GAP);
    boolean toolsOnNameLine = besideTools >= nameWord.width();
    double nameW = toolsOnNameLine ? besideTools : w;
    double nameH = name.prefHeight(nameW);
    double below = nameH + LINE_GAP;
    double toolsY = toolsOnNameLine ? 0 : below;
    if (!question.isManaged()) {
      return new Plan(nameW, nameH, w - toolsW, toolsY, toolsW, toolsH, 0, below, 0, 0);
    }
    boolean questionBesideTools = toolsOnNameLine || besideTools >= questionWord.width();
    double questionW = questionBesideTools ? besideTools : w;
    double questionY = questionBesideTools ? below : below + toolsH + LINE_GAP;
    return new Plan(nameW, nameH, w - toolsW, toolsY, toolsW, toolsH, 0, questionY, questionW,
        question.prefHeight(questionW));
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
