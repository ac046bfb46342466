package app.toile.ui.gallery;

import app.toile.model.Canvas;
import app.toile.session.SampleCanvas;
import app.toile.ui.base.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File &gt; Open sample…: the samples as cards with a preview of each canvas, in the editor's
 * language. Arrows move between cards, Enter or a double click opens one, Esc closes. The caller
 * opens the chosen canvas as an untitled copy, so the sample itself is never overwritten.
 */
public final class SampleGalleryDialog {
  private static final String STYLESHEET =
      SampleGalleryDialog.class.getResource("/app/toile/ui/gallery/gallery.css").toExternalForm();

  /** The cards' height with every text whole: two rows. */
  private static final double MAX_CARDS_HEIGHT = 600;
  /** The window's height the title, intro and buttons of the dialog need besides the cards. */
  private static final double ROOM_AROUND_CARDS = 250;
  /** The gap between cards (gallery.css). */
  private static final double CARD_GAP = 12;
  /** Room for the cards' scroll bar. */
  private static final double SCROLL_BAR = 16;

  private final SampleGalleryViewModel model;
  private final Dialog<Canvas> dialog = new Dialog<>();
  private final List<SampleCardView> cards = new ArrayList<>();
  private final ButtonType open;

  private SampleGalleryDialog(Window owner, Localization l10n, List<SampleCanvas> samples) {
    model = new SampleGalleryViewModel(samples, l10n.labels());
    open = new ButtonType(l10n.ui().get("dialog.openSample.open"), ButtonData.OK_DONE);
    dialog.initOwner(owner);
    dialog.setTitle(l10n.ui().get("dialog.openSample.title"));
    dialog.setHeaderText(l10n.ui().get("dialog.openSample.title"));
    dialog.getDialogPane().getStylesheets().add(STYLESHEET);
    dialog.getDialogPane().getStyleClass().add("sample-gallery");
    // Not ButtonType.CANCEL: its text follows the system's language, not the editor's.
    ButtonType cancel = new ButtonType(l10n.ui().get("dialog.openSample.cancel"), ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
    dialog.getDialogPane().setContent(content(l10n, owner == null ? 900 : owner.getHeight()));
    dialog.setResultConverter(b -> b == open ? model.chosen() : null);
    dialog.setOnShown(e -> Platform.runLater(() -> cards.get(model.selected()).requestFocus()));
  }

  /** Shows the gallery and waits; the canvas chosen, or empty when closed without choosing. */
  public static Optional<Canvas> choose(Window owner, Localization l10n, List<SampleCanvas> samples) {
    return new SampleGalleryDialog(owner, l10n, samples).dialog.showAndWait();
  }

  private VBox content(Localization l10n, double ownerHeight) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("sample-grid");
    for (int i = 0; i < model.cards().size(); i++) {
      SampleCardView card = new SampleCardView(model.cards().get(i), l10n);
      int index = i;
      card.focusedProperty().addListener((o, was, now) -> {
        if (now) {
          model.select(index);
        }
      });
      card.setOnMouseClicked(e -> {
        model.select(index);
        card.requestFocus();
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
          openSelected();
        }
      });
      cards.add(card);
      grid.add(card, i % SampleGalleryViewModel.COLUMNS, i / SampleGalleryViewModel.COLUMNS);
    }
    model.selectedProperty().addListener((o, was, now) -> {
      cards.get(was.intValue()).setSelected(false);
      cards.get(now.intValue()).setSelected(true);
      cards.get(now.intValue()).requestFocus();
    });
    cards.get(model.selected()).setSelected(true);
    // A filter: the scene would otherwise move the focus to the buttons on an arrow key.
    grid.addEventFilter(KeyEvent.KEY_PRESSED, this::navigate);

    Label intro = new Label(l10n.ui().get("dialog.openSample.intro"));
    intro.getStyleClass().add("sample-intro");
    intro.setWrapText(true);
    // A window too short for two rows of cards scrolls them, rather than the dialog leaving the
    // screen with its buttons.
    ScrollPane cardsPane = new ScrollPane(grid);
    cardsPane.getStyleClass().addAll("sample-cards", "edge-to-edge");
    cardsPane.setFitToWidth(true);
    cardsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    cardsPane.setPrefViewportHeight(Math.max(240, Math.min(MAX_CARDS_HEIGHT,
        ownerHeight - ROOM_AROUND_CARDS)));
    // As wide as a row of cards and the scroll bar, from the start: the dialog takes its size
    // before the pane has a skin to measure its content with.
    cardsPane.setPrefWidth(SampleGalleryViewModel.COLUMNS * SampleCardView.WIDTH
        + (SampleGalleryViewModel.COLUMNS - 1) * CARD_GAP + SCROLL_BAR);
    // The card the arrows reach scrolls into view.
    model.selectedProperty().addListener((o, was, now) -> reveal(cardsPane,
        cards.get(now.intValue())));
    return new VBox(10, intro, cardsPane);
  }

  private static void reveal(ScrollPane pane, Node card) {
    double content = pane.getContent().getBoundsInLocal().getHeight();
    double view = pane.getViewportBounds().getHeight();
    if (content <= view) {
      return;
    }
    Bounds b = card.getBoundsInParent();
    double top = pane.getVvalue() * (content - view);
    if (b.getMinY() < top) {
      top = b.getMinY();
    } else if (b.getMaxY() > top + view) {
      top = b.getMaxY() - view;
    }
    pane.setVvalue(top / (content - view));
  }

  private void navigate(KeyEvent e) {
    switch (e.getCode()) {
      case LEFT, KP_LEFT -> model.left();
      case RIGHT, KP_RIGHT -> model.right();
      case UP, KP_UP -> model.up();
      case DOWN, KP_DOWN -> model.down();
      case HOME -> model.first();
      case END -> model.last();
      case ENTER, SPACE -> openSelected();
      default -> {
        return;
      }
    }
    e.consume();
  }

  private void openSelected() {
    ((Button) dialog.getDialogPane().lookupButton(open)).fire();
  }
}
