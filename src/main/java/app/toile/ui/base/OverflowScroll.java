package app.toile.ui.base;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Holds content that may outgrow its height: it shows the content at its full width, and gains
 * one vertical scroll bar once the content has overflowed. A scroll pane would do the same with a
 * viewport and two scroll bars made and styled from the start, shown or not; the canvas has nine
 * blocks, and the window's first frame should not wait for eighteen scroll bars.
 *
 * <p>A node inside that takes the keyboard focus (Tab to a note, a note just added) is scrolled
 * into view, so the founder always sees what they are about to type in.
 */
public final class OverflowScroll extends Region {
  private final Region content;
  private final ReadOnlyDoubleWrapper viewportWidth = new ReadOnlyDoubleWrapper(this,
      "viewportWidth");
  private ScrollBar bar;
  private final ChangeListener<Node> focusFollower = (o, was, now) -> {
    if (now != null && isInside(now)) {
      // After the pulse that lays a new note out, so that its place is known.
      Platform.runLater(() -> reveal(now));
    }
  };

  /** @param content what is shown, at the full width less the scroll bar's */
  public OverflowScroll(Region content) {
    this.content = content;
    getChildren().add(content);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    sceneProperty().addListener((o, was, now) -> follow(was, now));
    addEventHandler(ScrollEvent.SCROLL, e -> {
      if (bar != null && bar.isVisible() && e.getDeltaY() != 0) {
        bar.setValue(clamp(bar.getValue() - e.getDeltaY()));
        e.consume();
      }
    });
  }

  private void follow(Scene was, Scene now) {
    if (was != null) {
      was.focusOwnerProperty().removeListener(focusFollower);
    }
    if (now != null) {
      now.focusOwnerProperty().addListener(focusFollower);
    }
  }

  private boolean isInside(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == content) {
        return true;
      }
    }
    return false;
  }

  /**
   * Scrolls the least that shows the whole of a node inside, or its top if it is taller: the
   * focus does so itself; a place found by the search, which keeps the focus, asks.
   */
  public void reveal(Node node) {
    if (getScene() == null || !isInside(node)) {
      return;
    }
    layout();
    if (bar == null || !bar.isVisible()) {
      return;
    }
    Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double view = getHeight() - getInsets().getTop() - getInsets().getBottom();
    double value = bar.getValue();
    if (b.getMaxY() > value + view) {
      value = b.getMaxY() - view;
    }
    if (b.getMinY() < value) {
      value = b.getMinY();
    }
    bar.setValue(clamp(value));
    layout();
  }

  /** The width the content is laid out in: the room, less the scroll bar once there is one. */
  public ReadOnlyDoubleProperty viewportWidthProperty() {
    return viewportWidth.getReadOnlyProperty();
  }

  /** Whether the content has outgrown its room once, and so has a scroll bar. */
  public boolean scrolls() {
    return bar != null;
  }

  @Override
  protected double computeMinWidth(double height) {
    // The content takes the width it is given, and its height is no reason to grow the block.
    Insets in = getInsets();
    return in.getLeft() + in.getRight();
  }

  @Override
  protected double computeMinHeight(double width) {
    Insets in = getInsets();
    return in.getTop() + in.getBottom();
  }

  @Override
  protected double computePrefWidth(double height) {
    Insets in = getInsets();
    return in.getLeft() + content.prefWidth(-1) + barWidth() + in.getRight();
  }

  @Override
  protected double computePrefHeight(double width) {
    Insets in = getInsets();
    double w = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight() - barWidth());
    return in.getTop() + content.prefHeight(w) + in.getBottom();
  }

  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    double w = getWidth() - in.getLeft() - in.getRight();
    double h = getHeight() - in.getTop() - in.getBottom();
    if (bar == null) {
      // Set first: whoever sizes the content by this width does so before it is measured.
      viewportWidth.set(w);
      if (w > 0 && content.prefHeight(w) > h) {
        addBar();
      }
    }
    // Once there, the bar keeps its room: showing and hiding it would change the content's
    // width, and so its height, at every pass.
    double cw = Math.max(0, w - barWidth());
    viewportWidth.set(cw);
    double ch = Math.max(h, content.prefHeight(cw));
    double value = 0;
    if (bar != null) {
      bar.setMax(ch - h);
      // The thumb's share of the track is the share of the content in view.
      bar.setVisibleAmount(ch > 0 ? (ch - h) * h / ch : 0);
      bar.setVisible(ch > h);
      bar.setValue(clamp(bar.getValue()));
      value = bar.getValue();
      bar.resizeRelocate(in.getLeft() + cw, in.getTop(), barWidth(), h);
    }
    content.resizeRelocate(in.getLeft(), in.getTop() - value, cw, ch);
  }

  private void addBar() {
    bar = new ScrollBar();
    bar.setOrientation(Orientation.VERTICAL);
    bar.getStyleClass().add("overflow-bar");
    bar.setFocusTraversable(false);
    bar.setUnitIncrement(24);
    bar.valueProperty().addListener((o, was, now) -> requestLayout());
    getChildren().add(bar);
    // Styled in the layout pass that found the overflow, so that this frame shows it.
    bar.applyCss();
  }

  private double barWidth() {
    return bar == null ? 0 : bar.prefWidth(-1);
  }

  private double clamp(double v) {
    return Math.max(bar.getMin(), Math.min(bar.getMax(), v));
  }
}
