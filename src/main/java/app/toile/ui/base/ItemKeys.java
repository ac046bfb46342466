package app.toile.ui.base;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys every item of the canvas answers to, notes and segment cards alike: Enter or F2 edits
 * it, Delete removes it, Alt+Up/Down moves it, Shift+F10 or the menu key opens its menu (handled
 * here too, since not every platform turns those keys into a context-menu request).
 */
public final class ItemKeys {
  private ItemKeys() {}

  /**
   * Installs the keys on an item's node.
   *
   * @param editing whether the item is being edited (its editor then has the keys)
   * @param edit starts editing
   * @param delete deletes the item
   * @param move moves the item by -1 or +1
   * @param menu opens the item's menu at a point on the screen
   */
  public static void install(Node item, BooleanSupplier editing, Runnable edit, Runnable delete,
      IntConsumer move, Consumer<Point2D> menu) {
    item.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (editing.getAsBoolean()) {
        return;
      }
      KeyCode k = e.getCode();
      boolean handled = true;
      if ((k == KeyCode.ENTER && !e.isShortcutDown()) || k == KeyCode.F2) {
        edit.run();
      } else if (k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) {
        delete.run();
      } else if (k == KeyCode.CONTEXT_MENU || k == KeyCode.F10 && e.isShiftDown()) {
        Bounds b = item.localToScreen(item.getBoundsInLocal());
        menu.accept(new Point2D(b.getMinX() + 12, b.getMinY() + 12));
      } else if (e.isAltDown() && (k == KeyCode.UP || k == KeyCode.DOWN)) {
        move.accept(k == KeyCode.UP ? -1 : 1);
      } else {
        handled = false;
      }
      if (handled) {
        e.consume();
      }
    });
  }
}
