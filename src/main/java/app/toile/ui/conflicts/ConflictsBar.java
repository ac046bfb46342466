package app.toile.ui.conflicts;

import app.toile.ui.base.Localization;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the canvas that says, as soon as a merged canvas opens, how many conflicts the
 * merge left for the founder to decide, with a button that lists them. It shows while any is
 * left and goes away when the last one is decided; undo brings it back with the conflict.
 */
public final class ConflictsBar extends HBox {
  private final Button decide = new Button();

  /**
   * @param onDecide shows the list of conflicts
   */
  public ConflictsBar(ConflictsViewModel vm, Localization l10n, Runnable onDecide) {
    getStyleClass().add("conflicts-bar");
    getStylesheets().add(ConflictsPanel.STYLESHEET);
    setSpacing(8);
    Label message = new Label();
    message.getStyleClass().add("conflicts-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    message.textProperty().bind(Bindings.createStringBinding(
        () -> l10n.ui().get("conflicts.message", vm.countProperty().get()),
        l10n.localeProperty(), vm.countProperty()));
    decide.textProperty().bind(l10n.ui("conflicts.decide"));
    decide.setId("conflicts-decide");
    decide.setMinWidth(Region.USE_PREF_SIZE);
    decide.setOnAction(e -> onDecide.run());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox.setHgrow(message, Priority.SOMETIMES);
    getChildren().addAll(message, gap, decide);
    visibleProperty().bind(vm.countProperty().greaterThan(0));
    managedProperty().bind(visibleProperty());
  }

  /** Whether the bar is showing. */
  public boolean showing() {
    return isVisible();
  }

  /** Presses "Decide…" (for the keyboard and tests). */
  public void chooseDecide() {
    decide.fire();
  }
}
