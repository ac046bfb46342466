package app.toile.ui.base;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * Holds content that may outgrow its room, and becomes a vertical scroll pane only once it
 * does. A scroll pane is a skin with two scroll bars of five nodes each, styled even when no bar
 * shows; the canvas has nine blocks, most of whose notes fit, and the window's first frame
 * should not wait for eighteen scroll bars it does not show.
 */
public final class OverflowScroll extends StackPane {
  private final Region content;
  private final String[] scrollStyleClasses;
  private final ReadOnlyDoubleWrapper viewportWidth = new ReadOnlyDoubleWrapper(this,
      "viewportWidth");
  private ScrollPane scroll;

  /**
   * @param content what is shown, at the full width
   * @param scrollStyleClasses the style classes of the scroll pane, once there is one
   */
  public OverflowScroll(Region content, String... scrollStyleClasses) {
    this.content = content;
    this.scrollStyleClasses = scrollStyleClasses.clone();
    getChildren().add(content);
    // Until the scroll pane comes, nothing may spill over the next block.
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
  }

  /** The width the content is laid out in: the room, less a scroll bar when one shows. */
  public ReadOnlyDoubleProperty viewportWidthProperty() {
    return viewportWidth.getReadOnlyProperty();
  }

  /** Whether the content has outgrown its room once, and so scrolls. */
  public boolean scrolls() {
    return scroll != null;
  }

  @Override
  protected double computeMinWidth(double height) {
    // Like a scroll pane fitted to its width: the content takes the width it is given.
    Insets in = getInsets();
    return in.getLeft() + in.getRight();
  }

  @Override
  protected double computeMinHeight(double width) {
    // Like a scroll pane: the content's height is no reason to make the block taller.
    Insets in = getInsets();
    return in.getTop() + in.getBottom();
  }

  @Override
  protected void layoutChildren() {
    if (scroll == null) {
      Insets in = getInsets();
      double w = getWidth() - in.getLeft() - in.getRight();
      double h = getHeight() - in.getTop() - in.getBottom();
      // Set first: whoever sizes the content by this width does so before it is measured.
      viewportWidth.set(w);
      if (w > 0 && content.prefHeight(w) > h) {
        becomeScrollPane();
      }
    }
    super.layoutChildren();
  }

  private void becomeScrollPane() {
    scroll = new ScrollPane();
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().addAll(scrollStyleClasses);
    scroll.setFocusTraversable(false);
    scroll.viewportBoundsProperty().addListener((o, was, now) -> viewportWidth.set(now.getWidth()));
    getChildren().setAll(scroll);
    scroll.setContent(content);
    setClip(null);
    // Styled here, in the layout pass that found the overflow, so that this frame shows it.
    scroll.applyCss();
  }
}
