package app.toile.ui.canvas;

import app.toile.model.Block;
import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The head of a block: its name, its guiding question (hidden while the block is empty, since
 * the empty block then shows the question large) and a "+" button that adds to it.
 */
public final class BlockHeader extends HBox {
  private final BooleanProperty questionShown = new SimpleBooleanProperty(true);
  private final Button add = new Button();

  public BlockHeader(Block block, Localization l10n, String addTooltipKey) {
    getStyleClass().add("block-header");
    Label name = new Label();
    name.textProperty().bind(l10n.label("block." + block.key() + ".name"));
    name.getStyleClass().add("block-name");
    Label question = new Label();
    question.textProperty().bind(l10n.label("block." + block.key() + ".question"));
    question.getStyleClass().add("block-question");
    question.setWrapText(true);
    // The notes scroll; the question keeps its lines rather than shrinking to an ellipsis.
    question.setMinHeight(USE_PREF_SIZE);
    question.visibleProperty().bind(questionShown);
    question.managedProperty().bind(questionShown);
    // In a narrow column (a small window, the segment editor open) the name wraps rather than
    // ending in an ellipsis: a founder must always read which block is which.
    name.setWrapText(true);
    name.setMinHeight(USE_PREF_SIZE);
    VBox texts = new VBox(2, name, question);
    texts.setMinWidth(0);
    HBox.setHgrow(texts, Priority.ALWAYS);
    add.setGraphic(Icons.of(Feather.PLUS));
    add.getStyleClass().addAll("flat", "button-icon", "block-add");
    add.setFocusTraversable(false);
    LazyTooltip.bind(add, l10n.ui(addTooltipKey));
    add.accessibleTextProperty().bind(l10n.ui(addTooltipKey));
    setAlignment(Pos.TOP_LEFT);
    getChildren().addAll(texts, add);
  }

  /** Whether the small question shows under the name. */
  public BooleanProperty questionShownProperty() {
    return questionShown;
  }

  /** The "+" button. */
  public Button addButton() {
    return add;
  }
}
