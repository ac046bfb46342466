package app.toile.ui.window;

import app.toile.model.Block;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays the nine blocks out in the canonical canvas, from each block's area in the model, filling
 * whatever size the window gives it. Blocks are added in fill order, Customer Segments first, which
 * is also the keyboard's Tab order.
 */
public final class CanvasGrid extends Pane {
  private static final double GAP = 6;
  private final Map<Block, Node> blocks = new EnumMap<>(Block.class);

  public CanvasGrid() {
    getStyleClass().add("canvas-grid");
    setMinSize(600, 400);
  }

  /** Places a block's view; call in fill order. */
  public void put(Block block, Node view) {
    blocks.put(block, view);
    getChildren().add(view);
  }

  public Node view(Block block) {
    return blocks.get(block);
  }

  @Override
  protected void layoutChildren() {
    double x0 = snappedLeftInset();
    double y0 = snappedTopInset();
    double w = getWidth() - x0 - snappedRightInset();
    double h = getHeight() - y0 - snappedBottomInset();
    for (Map.Entry<Block, Node> e : blocks.entrySet()) {
      Block.Area a = e.getKey().area();
      double left = snapPositionX(x0 + a.x() * w + (a.x() > 0 ? GAP / 2 : 0));
      double top = snapPositionY(y0 + a.y() * h + (a.y() > 0 ? GAP / 2 : 0));
      double right = snapPositionX(x0 + (a.x() + a.width()) * w - (a.x() + a.width() < 0.999 ? GAP / 2 : 0));
      double bottom = snapPositionY(y0 + (a.y() + a.height()) * h - (a.y() + a.height() < 0.999 ? GAP / 2 : 0));
      e.getValue().resizeRelocate(left, top, right - left, bottom - top);
    }
  }
}
