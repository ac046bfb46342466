package app.toile.ui.segments.editor;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Makes the segment editor's pending sections one a frame, starting with the frame after the
 * first one that showed the editor: the window is up at once, and the rest of the form is there
 * a few frames later, before anyone can scroll or tab to it.
 */
final class SectionsAfterFirstFrame extends AnimationTimer {
  private final Node content;
  private final BooleanSupplier buildNext;
  private boolean shown;

  /**
   * @param content the node whose first frame comes first
   * @param buildNext makes one pending section; false when none is left
   */
  SectionsAfterFirstFrame(Node content, BooleanSupplier buildNext) {
    this.content = content;
    this.buildNext = buildNext;
  }

  @Override
  public void handle(long now) {
    Scene scene = content.getScene();
    if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
      return;
    }
    // The timer runs at the start of a pulse: the first pulse in a shown window lays out and
    // draws the first frame; the sections come from the next one on.
    if (!shown) {
      shown = true;
      return;
    }
    if (!buildNext.getAsBoolean()) {
      stop();
    }
  }
}
