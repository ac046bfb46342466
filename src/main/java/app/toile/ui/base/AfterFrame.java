package app.toile.ui.base;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work once a node has been drawn: after the first pulse that lays out the scene the node is
 * in (waiting for it to join one), once that pulse has handed its frame to the renderer. What a
 * view makes here costs the next frame, not the one that first shows the view.
 */
public final class AfterFrame {
  private AfterFrame() {}

  /** Runs {@code work} on the FX thread once {@code node} has been in a frame. */
  public static void run(Node node, Runnable work) {
    if (node.getScene() != null) {
      afterPulse(node.getScene(), work);
      return;
    }
    node.sceneProperty().addListener(new ChangeListener<Scene>() {
      @Override
      public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
        if (now != null) {
          node.sceneProperty().removeListener(this);
          afterPulse(now, work);
        }
      }
    });
  }

  private static void afterPulse(Scene scene, Runnable work) {
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      scene.removePostLayoutPulseListener(listener[0]);
      // Out of the pulse: what the work adds is styled and laid out in the next one.
      Platform.runLater(work);
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
