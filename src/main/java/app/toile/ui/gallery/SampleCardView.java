package app.toile.ui.gallery;

import app.toile.ui.base.Localization;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * One sample in the gallery: the canvas preview, the title, the segment strategy, how many
 * segments and notes, and the one-line description. It takes the keyboard focus; the gallery selects it then.
 */
final class SampleCardView extends VBox {
  static final double PREVIEW_WIDTH = 200;
  static final double PREVIEW_HEIGHT = 114;
  /** The card's width: the preview, the card's padding and border. */
  static final double WIDTH = PREVIEW_WIDTH + 18;
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

  SampleCardView(SampleCard card, Localization l10n) {
    super(3);
    getStyleClass().add("sample-card");
    setFocusTraversable(true);

    Label title = new Label(card.title());
    title.getStyleClass().add("sample-title");
    Label strategy = new Label(card.strategy());
    strategy.getStyleClass().add("sample-strategy");
    Label counts = new Label(
        l10n.ui().get("dialog.openSample.counts", card.segmentCount(), card.noteCount()));
    counts.getStyleClass().add("sample-counts");
    Label description = new Label(card.description());
    description.getStyleClass().add("sample-description");
    // Read whole, however many lines they take: the cards of a row share the row's height.
    for (Label l : new Label[] {title, strategy, counts, description}) {
      l.setWrapText(true);
      l.setAlignment(Pos.TOP_LEFT);
      l.setMinHeight(Label.USE_PREF_SIZE);
      l.setMaxWidth(PREVIEW_WIDTH);
    }
    Tooltip whole = new Tooltip(card.title() + "\n\n" + card.description());
    whole.setWrapText(true);
    whole.setMaxWidth(360);
    Tooltip.install(this, whole);

    getChildren().addAll(new CanvasPreview(card.canvas(), PREVIEW_WIDTH, PREVIEW_HEIGHT),
        title, strategy, counts, description);
  }

  /** Marks the card as the one Enter opens. */
  void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }
}
