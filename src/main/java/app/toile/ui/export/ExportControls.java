package app.toile.ui.export;

import app.toile.ui.base.Localization;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The export dialog's small parts: buttons, headings and lines that wrap rather than cut. */
final class ExportControls {
  private ExportControls() {}

  static Button button(Localization l10n, String key, Runnable action) {
    Button b = new Button();
    b.textProperty().bind(l10n.ui(key));
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  static Label heading(ObservableValue<String> text) {
    Label l = wrapped(text);
    l.getStyleClass().add("export-heading");
    return l;
  }

  static Label wrapped(ObservableValue<String> text) {
    Label l = new Label();
    l.textProperty().bind(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.setMaxWidth(520);
    return l;
  }

  static HBox buttons(Button... buttons) {
    HBox row = new HBox(8, buttons);
    row.setAlignment(Pos.CENTER_RIGHT);
    row.getStyleClass().add("export-buttons");
    return row;
  }
}
