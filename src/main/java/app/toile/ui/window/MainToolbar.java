package app.toile.ui.window;

import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The toolbar: the file actions, undo and redo, and the language. */
final class MainToolbar {
  private MainToolbar() {}

  static ToolBar build(WindowActions a) {
    Localization l10n = a.l10n();
    Button save = button(l10n, "action.save", "tooltip.save", Feather.SAVE, a::save);
    save.disableProperty().bind(a.noCanvas());
    Button saveAs = button(l10n, null, "tooltip.saveAs", Feather.COPY, a::saveAs);
    saveAs.disableProperty().bind(a.noCanvas());
    Button export = button(l10n, "action.export", "tooltip.export", Feather.SHARE, a::export);
    export.disableProperty().bind(a.noCanvas());
    Button undo = button(l10n, null, "tooltip.undo", Feather.ROTATE_CCW, a::undo);
    undo.disableProperty().bind(a.document().canUndoProperty().not());
    Button redo = button(l10n, null, "tooltip.redo", Feather.ROTATE_CW, a::redo);
    redo.disableProperty().bind(a.document().canRedoProperty().not());
    ToolBar bar = new ToolBar(
        button(l10n, "action.new", "tooltip.new", Feather.FILE_PLUS, a::newCanvas),
        button(l10n, "action.open", "tooltip.open", Feather.FOLDER, a::open));
    if (a.hasSamples()) {
      bar.getItems().add(button(l10n, "action.openSample", "tooltip.openSample", Feather.BOOK_OPEN,
          a::openSample));
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    bar.getItems().addAll(save, saveAs, export, new Separator(Orientation.VERTICAL), undo, redo,
        spacer,
        language(a));
    bar.getStyleClass().add("main-toolbar");
    return bar;
  }

  private static MenuButton language(WindowActions a) {
    Localization l10n = a.l10n();
    MenuButton button = new MenuButton();
    button.setGraphic(Icons.of(Feather.GLOBE));
    button.textProperty().bind(l10n.localeProperty().map(l -> l.getLanguage().toUpperCase(Locale.ROOT)));
    LazyTooltip.bind(button, l10n.ui("tooltip.language"));
    for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      MenuItem item = new MenuItem();
      item.textProperty().bind(l10n.ui("menu.language." + l.getLanguage()));
      item.setOnAction(e -> a.setLanguage(l));
      button.getItems().add(item);
    }
    button.setFocusTraversable(false);
    button.getStyleClass().add("language-button");
    return button;
  }

  private static Button button(Localization l10n, String textKey, String tooltipKey, Feather icon,
      Runnable action) {
    Button b = new Button();
    if (textKey != null) {
      b.textProperty().bind(l10n.ui(textKey).map(t -> t.replace("_", "").replace("\u2026", "")));
    }
    b.setGraphic(Icons.of(icon));
    LazyTooltip.bind(b, l10n.ui(tooltipKey));
    b.accessibleTextProperty().bind(l10n.ui(tooltipKey));
    b.setOnAction(e -> action.run());
    // The toolbar is for the mouse; the same actions have shortcuts and menu items.
    b.setFocusTraversable(false);
    b.getStyleClass().add("flat");
    return b;
  }
}
