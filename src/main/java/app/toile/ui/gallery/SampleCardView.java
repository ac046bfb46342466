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
  static final double PREVIEW_WIDTH = 248;
  static final double PREVIEW_HEIGHT = 140;
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
    // Room for two lines of title and three of description, so that the cards of a row line up.
    fixLines(title, 2, 18);
    fixLines(description, 3, 15);
    for (Label l : new Label[] {title, strategy, counts, description}) {
      l.setMaxWidth(PREVIEW_WIDTH);
    }
    // The whole description, which the card may cut after three lines.
    Tooltip whole = new Tooltip(card.title() + "\n\n" + card.description());
    whole.setWrapText(true);
    whole.setMaxWidth(360);
    Tooltip.install(this, whole);

    getChildren().addAll(new CanvasPreview(card.canvas(), PREVIEW_WIDTH, PREVIEW_HEIGHT),
        title, strategy, counts, description);
  }

  private static void fixLines(Label label, int lines, double lineHeight) {
    label.setWrapText(true);
    label.setAlignment(Pos.TOP_LEFT);
    label.setPrefHeight(lines * lineHeight + 2);
    label.setMinHeight(label.getPrefHeight());
    label.setMaxHeight(label.getPrefHeight());
  }

  /** Marks the card as the one Enter opens. */
  void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }
}
