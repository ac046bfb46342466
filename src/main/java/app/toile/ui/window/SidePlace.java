package app.toile.ui.window;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * The side panel's place, lent to one panel while it is shown (the Versions panel, the merge
 * conflicts): showing puts the panel there, hiding gives the place back to the tabs.
 */
final class SidePlace {
  private final Consumer<Node> place;
  private final ReadOnlyBooleanWrapper shown;

  /**
   * @param bean what the shown property belongs to
   * @param place puts a panel in the side panel's place, or the tabs back for null
   */
  SidePlace(Object bean, Consumer<Node> place) {
    this.place = place;
    this.shown = new ReadOnlyBooleanWrapper(bean, "shown");
  }

  /** Whether the panel stands in the side panel's place. */
  ReadOnlyBooleanProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** Puts the panel in the side panel's place. */
  void show(Node panel) {
    place.accept(panel);
    shown.set(true);
  }

  /** Gives the place back to the tabs, if the panel held it. */
  void hide() {
    if (shown.get()) {
      shown.set(false);
      place.accept(null);
    }
  }
}
