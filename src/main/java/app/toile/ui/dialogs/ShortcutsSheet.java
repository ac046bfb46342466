package app.toile.ui.dialogs;

import app.toile.ui.base.Localization;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The keyboard shortcuts sheet, opened with F1. */
public final class ShortcutsSheet {
  private static final String[][] SHORTCUTS = {
      {"Ctrl+N", "shortcut.new"},
      {"Ctrl+O", "shortcut.open"},
      {"Ctrl+S", "shortcut.save"},
      {"Ctrl+Shift+S", "shortcut.saveAs"},
      {"Ctrl+Alt+S", "shortcut.saveVersion"},
      {"Ctrl+E", "shortcut.export"},
      {"Ctrl+P", "shortcut.print"},
      {"Ctrl+Z", "shortcut.undo"},
      {"Ctrl+Y, Ctrl+Shift+Z", "shortcut.redo"},
      {"Ctrl+Shift+N", "shortcut.addSegment"},
      {"Ctrl+Enter", "shortcut.addNote"},
      {"Enter, F2", "shortcut.edit"},
      {"Ctrl+Enter", "shortcut.commit"},
      {"Esc", "shortcut.cancel"},
      {"Delete", "shortcut.delete"},
      {"Alt+\u2191, Alt+\u2193", "shortcut.move"},
      {"Alt+\u2192, Alt+\u2190, Esc", "shortcut.guide"},
      {"Ctrl+Shift+V", "shortcut.versions"},
      {"F8, Shift+F8", "shortcut.nextChange"},
      {"Ctrl+F", "shortcut.search"},
      {"Enter, Shift+Enter", "shortcut.searchStep"},
      {"Ctrl+Shift+P", "shortcut.sidePanel"},
      {"Ctrl++, Ctrl+−", "shortcut.zoom"},
      {"Ctrl+0", "shortcut.zoomFit"},
      {"Tab, Shift+Tab", "shortcut.navigate"},
      {"Shift+F10", "shortcut.contextMenu"},
      {"F10, Alt", "shortcut.menu"},
      {"F1", "shortcut.help"},
  };

  /** A row's height, its gap included. */
  private static final double ROW = 26;
  /** The sheet's title, header, button and borders, and the window's menu bar above them. */
  private static final double CHROME = 230;
  private static final double MIN_HEIGHT = 240;
  private static final double SCROLL_BAR = 16;

  private ShortcutsSheet() {}

  /** Shows the sheet; it does not block the window. */
  public static void show(Window owner, Localization l10n) {
    GridPane grid = new GridPane();
    grid.setHgap(18);
    grid.setVgap(6);
    grid.getStyleClass().add("shortcuts-sheet");
    for (int i = 0; i < SHORTCUTS.length; i++) {
      Label keys = new Label(SHORTCUTS[i][0]);
      keys.getStyleClass().add("shortcut-keys");
      Label what = new Label(l10n.ui().get(SHORTCUTS[i][1]));
      // Full text in both columns: the sheet grows to fit rather than cutting a shortcut short.
      keys.setMinWidth(Region.USE_PREF_SIZE);
      what.setMinWidth(Region.USE_PREF_SIZE);
      grid.addRow(i, keys, what);
    }
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle(l10n.ui().get("dialog.shortcuts.title"));
    alert.setHeaderText(l10n.ui().get("dialog.shortcuts.title"));
    // On a short screen the list scrolls, and the sheet's button stays on it.
    grid.setPadding(new javafx.geometry.Insets(0, SCROLL_BAR, 0, 0));
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    double room = owner == null ? ROW * SHORTCUTS.length : owner.getHeight() - CHROME;
    scroll.setPrefViewportHeight(Math.max(MIN_HEIGHT, Math.min(ROW * SHORTCUTS.length, room)));
    alert.getDialogPane().setContent(scroll);
    alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    alert.show();
  }
}
