package app.toile.ui.window;

import app.toile.session.EditorSession;
import app.toile.ui.base.Localization;
import app.toile.ui.versions.VersionPrompts;
import app.toile.ui.versions.VersionsPanel;
import app.toile.ui.versions.VersionsViewModel;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;

/**
 * The versions kept in the canvas, in the side panel: View › Versions (Ctrl+Shift+V) puts the
 * Versions panel in the place of the segment editor's tabs, its close button or Esc puts the tabs
 * back, as does choosing a segment or a note on the canvas or anything asked of the side panel.
 */
public final class VersionsSide {
  private final VersionsViewModel vm;
  private final VersionPrompts prompts;
  private final Localization l10n;
  private final SidePlace place;
  private VersionsPanel panel;

  VersionsSide(EditorSession session, Localization l10n, Consumer<Node> place) {
    this.vm = new VersionsViewModel(session);
    this.prompts = new VersionPrompts(vm, l10n);
    this.l10n = l10n;
    this.place = new SidePlace(this, place);
  }

  /** The panel's state, and what to compare. */
  public VersionsViewModel viewModel() {
    return vm;
  }

  /** A new version's name, a version's new name, a file to compare with. */
  public VersionPrompts prompts() {
    return prompts;
  }

  /** The panel, made when first shown. */
  public VersionsPanel panel() {
    if (panel == null) {
      panel = new VersionsPanel(vm, prompts, l10n);
      panel.setOnClose(this::hide);
    }
    return panel;
  }

  /** Whether the panel stands in the side panel's place. */
  public ReadOnlyBooleanProperty shownProperty() {
    return place.shownProperty();
  }

  /** Shows the panel in the side panel's place, the keyboard in its list. */
  public void show() {
    place.show(panel());
    panel.focus();
  }

  /** Puts the tabs back. */
  public void hide() {
    place.hide();
  }
}
