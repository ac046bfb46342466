package app.toile.ui.gallery;

import app.toile.ui.base.Localization;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * One sample in the gallery: the canvas preview, the title, the strategy with the size of the
 * model, and the one-line description. It takes the keyboard focus; the gallery selects it then.
 */
final class SampleCardView extends VBox {
  static final double PREVIEW_WIDTH = 248;
  static final double PREVIEW_HEIGHT = 150;
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

  SampleCardView(SampleCard card, Localization l10n) {
    super(4);
    getStyleClass().add("sample-card");
    setFocusTraversable(true);

    Label title = new Label(card.title());
    title.getStyleClass().add("sample-title");
    Label facts = new Label(card.strategy().isEmpty()
        ? l10n.ui().get("dialog.openSample.counts", card.segmentCount(), card.noteCount())
        : card.strategy() + " \u00b7 "
            + l10n.ui().get("dialog.openSample.counts", card.segmentCount(), card.noteCount()));
    facts.getStyleClass().add("sample-strategy");
    Label description = new Label(card.description());
    description.getStyleClass().add("sample-description");
    // Room for two lines of title and three of description, so that the cards of a row line up.
    fixLines(title, 2, 18);
    fixLines(description, 3, 15);
    for (Label l : new Label[] {title, facts, description}) {
      l.setMaxWidth(PREVIEW_WIDTH);
    }
    Tooltip.install(this, new Tooltip(card.title() + "\n" + card.description()));

    getChildren().addAll(new CanvasPreview(card.canvas(), PREVIEW_WIDTH, PREVIEW_HEIGHT),
        title, facts, description);
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
