package app.toile.ui.window;

import app.toile.session.EditorSession;
import app.toile.ui.base.Localization;
import app.toile.ui.versions.CompareView;
import app.toile.ui.versions.CompareViewModel;
import app.toile.ui.versions.VersionsViewModel;
import app.toile.ui.versions.VersionsViewModel.Sides;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The compare view in a window of its own beside the editor, as large as the editor's window:
 * opened when the Versions panel or File › Compare with… asks for a comparison, one at a time
 * (a new comparison takes the window over). Esc closes it; it follows the theme.
 */
final class CompareWindow {
  private final Stage owner;
  private final EditorSession session;
  private final Localization l10n;
  private final BooleanProperty dark;
  private Stage stage;
  private CompareViewModel shown;

  CompareWindow(Stage owner, EditorSession session, Localization l10n, VersionsViewModel versions,
      BooleanProperty dark) {
    this.owner = owner;
    this.session = session;
    this.l10n = l10n;
    this.dark = dark;
    versions.comparedProperty().addListener((o, was, now) -> {
      if (now != null) {
        show(now);
      }
    });
    versions.failureProperty().addListener((o, was, now) -> {
      if (now != null) {
        versions.failureShown();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(l10n.ui().get("dialog.error.title"));
        alert.setHeaderText(now);
        alert.show();
      }
    });
    dark.addListener((o, was, now) -> {
      if (stage != null) {
        Theme.style(stage.getScene(), now);
      }
    });
  }

  /** The window, once a comparison was shown; null before. */
  Stage stage() {
    return stage;
  }

  private void show(Sides sides) {
    if (shown != null) {
      shown.close();
    }
    shown = new CompareViewModel(session, sides);
    CompareView view = new CompareView(shown, l10n);
    if (stage == null) {
      stage = new Stage();
      stage.initOwner(owner);
      stage.setScene(new Scene(view));
      // A filter, not an accelerator: the list of changes would take Esc for itself.
      stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
        if (e.getCode() == KeyCode.ESCAPE) {
          e.consume();
          stage.close();
        }
      });
      stage.setOnHidden(e -> {
        if (shown != null) {
          shown.close();
          shown = null;
        }
      });
      stage.setMinWidth(640);
      stage.setMinHeight(420);
    } else {
      stage.getScene().setRoot(view);
    }
    Theme.style(stage.getScene(), dark.get());
    stage.setTitle(l10n.ui().get("dialog.compare.title", sides.before().label(),
        sides.after().label()));
    if (!stage.isShowing()) {
      stage.setX(owner.getX());
      stage.setY(owner.getY());
      stage.setWidth(owner.getWidth());
      stage.setHeight(owner.getHeight());
      stage.show();
    }
    stage.toFront();
    view.changes().requestFocus();
    if (!shown.state().rows().isEmpty()) {
      shown.select(0);
    }
  }
}
