package app.toile.ui.window;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * The canvas grid at the zoom's scale. The grid is laid out, then scaled as vector nodes (text is
 * drawn again at the new size, never stretched as a picture): fitted, it is laid out at the
 * space's size; zoomed out, at a larger size whose scaled drawing fills the same space; zoomed
 * in, at the space's size, drawn larger, with scroll bars to reach every part. Ctrl and the
 * mouse wheel zoom too. The grid stays a direct child, so that focus and keys reach its blocks as
 * they would without the zoom.
 */
final class ZoomedCanvas extends Region {
  private final Region grid;
  private final CanvasZoom zoom;
  private final Scale scale = new Scale(1, 1, 0, 0);
  private final ScrollBar across = new ScrollBar();
  private final ScrollBar down = new ScrollBar();
  private final Rectangle clip = new Rectangle();

  ZoomedCanvas(Region grid, CanvasZoom zoom) {
    this.grid = grid;
    this.zoom = zoom;
    getStyleClass().add("zoomed-canvas");
    down.setOrientation(Orientation.VERTICAL);
    for (ScrollBar bar : new ScrollBar[] {across, down}) {
      bar.setFocusTraversable(false);
      bar.setMin(0);
      bar.valueProperty().addListener(o -> requestLayout());
    }
    grid.getTransforms().add(scale);
    getChildren().addAll(grid, across, down);
    setClip(clip);
    zoom.scaleProperty().addListener(o -> requestLayout());
    addEventFilter(ScrollEvent.SCROLL, e -> {
      if (e.isShortcutDown() && e.getDeltaY() != 0) {
        if (e.getDeltaY() > 0) {
          zoom.zoomIn();
        } else {
          zoom.zoomOut();
        }
        e.consume();
      }
    });
    // What a block did not scroll itself moves the canvas, when it is larger than the space.
    addEventHandler(ScrollEvent.SCROLL, e -> {
      if (down.isVisible() && e.getDeltaY() != 0) {
        down.setValue(clamp(down.getValue() - e.getDeltaY(), down.getMax()));
        e.consume();
      } else if (across.isVisible() && e.getDeltaX() != 0) {
        across.setValue(clamp(across.getValue() - e.getDeltaX(), across.getMax()));
        e.consume();
      }
    });
  }

  /** Scrolls the least that shows a node of the grid whole, when the grid is larger than the space. */
  void reveal(javafx.scene.Node node) {
    layout();
    javafx.geometry.Bounds b = sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double width = getWidth() - (down.isVisible() ? down.getWidth() : 0);
    double height = getHeight() - (across.isVisible() ? across.getHeight() : 0);
    if (across.isVisible()) {
      across.setValue(clamp(across.getValue() + shift(b.getMinX(), b.getMaxX(), width),
          across.getMax()));
    }
    if (down.isVisible()) {
      down.setValue(clamp(down.getValue() + shift(b.getMinY(), b.getMaxY(), height),
          down.getMax()));
    }
  }

  /** How far to scroll so that [min, max] shows in [0, size]; its start first when too large. */
  private static double shift(double min, double max, double size) {
    if (min < 0 || max - min > size) {
      return min;
    }
    return max > size ? max - size : 0;
  }

  @Override
  protected double computeMinWidth(double height) {
    return 0;
  }

  @Override
  protected double computeMinHeight(double width) {
    return 0;
  }

  @Override
  protected double computePrefWidth(double height) {
    return grid.prefWidth(-1);
  }

  @Override
  protected double computePrefHeight(double width) {
    return grid.prefHeight(-1);
  }

  @Override
  protected void layoutChildren() {
    double width = getWidth();
    double height = getHeight();
    double s = zoom.scale();
    double barW = down.prefWidth(-1);
    double barH = across.prefHeight(-1);
    double spaceW = width;
    double spaceH = height;
    boolean wide = false;
    boolean tall = false;
    // Twice: a scroll bar shown one way takes room the other way.
    for (int pass = 0; pass < 2; pass++) {
      spaceW = width - (tall ? barW : 0);
      spaceH = height - (wide ? barH : 0);
      wide = laidOut(spaceW, grid.minWidth(-1), s) * s > spaceW + 0.5;
      tall = laidOut(spaceH, grid.minHeight(-1), s) * s > spaceH + 0.5;
    }
    double gridW = laidOut(spaceW, grid.minWidth(-1), s);
    double gridH = laidOut(spaceH, grid.minHeight(-1), s);
    scale.setX(s);
    scale.setY(s);
    across.setVisible(wide);
    down.setVisible(tall);
    settle(across, gridW * s, spaceW);
    settle(down, gridH * s, spaceH);
    grid.resize(gridW, gridH);
    grid.relocate(-snapPositionX(across.getValue()), -snapPositionY(down.getValue()));
    across.resizeRelocate(0, height - barH, spaceW, barH);
    down.resizeRelocate(width - barW, 0, barW, spaceH);
    clip.setWidth(width);
    clip.setHeight(height);
  }

  /** The size the grid is laid out at: the space's, more when zoomed out, never below its minimum. */
  private static double laidOut(double space, double min, double s) {
    return Math.max(Math.floor(space / Math.min(s, 1)), min);
  }

  private static void settle(ScrollBar bar, double drawn, double space) {
    double max = Math.max(0, drawn - space);
    bar.setMax(max);
    bar.setVisibleAmount(drawn <= 0 ? 0 : max * space / drawn);
    bar.setUnitIncrement(40);
    bar.setBlockIncrement(Math.max(40, space * 0.9));
    bar.setValue(clamp(bar.getValue(), max));
  }

  private static double clamp(double v, double max) {
    return Math.max(0, Math.min(v, max));
  }
}
