package app.toile.ui.window;

import app.toile.model.Block;
import app.toile.ui.guide.GuideCard;
import javafx.scene.Node;

/** Marks the block the guide is on and dims the others, or gives every block back its look. */
final class BlockSpotlight {
  /** Opacity of the blocks the guide is not on. */
  static final double DIMMED = 0.35;

  private final EditorView editor;

  BlockSpotlight(EditorView editor) {
    this.editor = editor;
  }

  /** Puts the light on a block; null turns it off. */
  void on(Block current) {
    for (Block b : Block.values()) {
      Node view = editor.blockView(b);
      view.getStyleClass().remove(GuideCard.CURRENT);
      if (b == current) {
        view.getStyleClass().add(GuideCard.CURRENT);
      }
      view.setOpacity(current != null && b != current ? DIMMED : 1);
    }
  }
}
