package app.toile.ui.window;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;

/**
 * The zoom's other keys, beside the View menu's: Ctrl and "=" (where "+" needs Shift), the
 * keypad's plus, minus and 0. Shift is ignored, so Ctrl+Shift+= zooms in as well.
 */
final class ZoomKeys {
  private ZoomKeys() {}

  static void add(Scene scene, CanvasZoom zoom, ObservableBooleanValue canvasOpen) {
    put(scene, KeyCode.EQUALS, () -> zoom.zoomIn(), canvasOpen);
    put(scene, KeyCode.ADD, () -> zoom.zoomIn(), canvasOpen);
    put(scene, KeyCode.SUBTRACT, () -> zoom.zoomOut(), canvasOpen);
    put(scene, KeyCode.NUMPAD0, () -> zoom.fit(), canvasOpen);
  }

  private static void put(Scene scene, KeyCode key, Runnable action,
      ObservableBooleanValue canvasOpen) {
    scene.getAccelerators().put(new KeyCodeCombination(key, ModifierValue.ANY, ModifierValue.ANY,
        ModifierValue.UP, ModifierValue.UP, ModifierValue.DOWN), () -> {
          if (canvasOpen.get()) {
            action.run();
          }
        });
  }
}
