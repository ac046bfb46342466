package app.toile.ui.window;

import app.toile.session.EditorSession;
import app.toile.ui.base.Localization;
import app.toile.ui.conflicts.ConflictsBar;
import app.toile.ui.conflicts.ConflictsPanel;
import app.toile.ui.conflicts.ConflictsViewModel;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;

/**
 * The conflicts a merge left in the canvas: the bar above the canvas that counts them, and their
 * list in the side panel's place (as the Versions panel takes it), shown by the bar's button; its
 * close button or Esc puts the tabs back, as does anything asked of the side panel ("Go to" a
 * field among them: the bar stays, one click from the list).
 */
public final class ConflictsSide {
  private final ConflictsViewModel vm;
  private final Localization l10n;
  private final SidePlace place;
  private final ConflictsBar bar;
  private ConflictsPanel panel;

  /**
   * @param show shows the list (the window reveals the side panel first)
   * @param place puts a panel in the side panel's place, or the tabs back for null
   */
  ConflictsSide(EditorSession session, Localization l10n, Runnable show, Consumer<Node> place) {
    this.vm = new ConflictsViewModel(session);
    this.l10n = l10n;
    this.place = new SidePlace(this, place);
    this.bar = new ConflictsBar(vm, l10n, show);
  }

  /** The conflicts and the decisions on them. */
  public ConflictsViewModel viewModel() {
    return vm;
  }

  /** The bar that counts them, for above the canvas. */
  public ConflictsBar bar() {
    return bar;
  }

  /** The list, made when first shown. */
  public ConflictsPanel panel() {
    if (panel == null) {
      panel = new ConflictsPanel(vm, l10n);
      panel.setOnClose(this::hide);
    }
    return panel;
  }

  /** Whether the list stands in the side panel's place. */
  public ReadOnlyBooleanProperty shownProperty() {
    return place.shownProperty();
  }

  /** Shows the list in the side panel's place, the keyboard on its first choice. */
  public void show() {
    place.show(panel());
    panel.focus();
  }

  /** Puts the tabs back. */
  public void hide() {
    place.hide();
  }
}
