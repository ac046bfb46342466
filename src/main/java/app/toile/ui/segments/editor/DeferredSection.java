package app.toile.ui.segments.editor;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * A section of the segment editor whose fields are made when they are first needed: its title
 * is there from the start, its body a plain region of about the body's height until then. The
 * fields below the fold are some hundreds of nodes and a hundred control skins; styling them
 * before the window's first frame would hold up a frame that cannot show them.
 */
final class DeferredSection {
  private final TitledPane pane;
  private final double estimatedHeight;
  private Supplier<Node> body;

  DeferredSection(TitledPane pane, Supplier<Node> body, double estimatedHeight) {
    this.pane = pane;
    this.body = body;
    this.estimatedHeight = estimatedHeight;
  }

  TitledPane pane() {
    return pane;
  }

  /** The body's height before it is made, for the scroll bar and for what the fold holds. */
  double estimatedHeight() {
    return pane.isExpanded() ? estimatedHeight : 0;
  }

  boolean isBuilt() {
    return body == null;
  }

  /** Puts a stand-in of the body's height in place of the body. */
  void defer() {
    Region stand = new Region();
    stand.getStyleClass().add("section-pending");
    stand.setPrefHeight(estimatedHeight);
    stand.setMinHeight(estimatedHeight);
    pane.setContent(stand);
  }

  /** Makes the body, if not yet; true if it was made now. */
  boolean build() {
    if (body == null) {
      return false;
    }
    Node made = body.get();
    body = null;
    pane.setContent(made);
    return true;
  }
}
