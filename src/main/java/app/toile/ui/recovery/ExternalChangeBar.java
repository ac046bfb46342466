package app.toile.ui.recovery;

import app.toile.ui.base.Localization;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the canvas that says the open file was changed by another program, with a choice
 * to reload it or keep the canvas as it is here. It does not block the editor: the user may go on
 * editing and decide later.
 */
public final class ExternalChangeBar extends HBox {
  private final Localization l10n;
  private final Label message = new Label();
  private final Button reload = new Button();
  private final Button keep = new Button();

  /**
   * @param onReload reloads the file from disk
   * @param onKeep keeps the canvas as it is here
   */
  public ExternalChangeBar(Localization l10n, Runnable onReload, Runnable onKeep) {
    this.l10n = l10n;
    getStyleClass().add("external-change-bar");
    setSpacing(8);
    message.setWrapText(true);
    message.getStyleClass().add("external-change-message");
    reload.textProperty().bind(l10n.ui("externalChange.reload"));
    keep.textProperty().bind(l10n.ui("externalChange.keep"));
    reload.getStyleClass().add("external-change-reload");
    keep.getStyleClass().add("external-change-keep");
    reload.setOnAction(e -> {
      hideBar();
      onReload.run();
    });
    keep.setOnAction(e -> {
      hideBar();
      onKeep.run();
    });
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    getChildren().addAll(message, gap, reload, keep);
    hideBar();
  }

  /** Shows the bar for a canvas, naming it. */
  public void showFor(String canvasName) {
    message.setText(l10n.ui().get("externalChange.message", canvasName));
    setVisible(true);
    setManaged(true);
  }

  /** Hides the bar. */
  public void hideBar() {
    setVisible(false);
    setManaged(false);
  }

  /** Whether the bar is showing. */
  public boolean showing() {
    return isVisible();
  }

  /** Presses "Reload" (for the keyboard and tests). */
  public void chooseReload() {
    reload.fire();
  }

  /** Presses "Keep mine" (for the keyboard and tests). */
  public void chooseKeep() {
    keep.fire();
  }
}
