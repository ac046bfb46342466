package app.toile.ui.base;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;

/**
 * A wheel step scrolls about three lines of text, as in other desktop applications (a scroll
 * pane alone moves by the raw pixels of the event, a few on some systems). The innermost pane
 * under the pointer that can still move that way scrolls; a list or a tree keeps its own.
 */
public final class WheelScroll {
  /** Lines per wheel step. */
  static final int LINES = 3;
  /** A line: the text's size and the gap between lines. */
  private static final double LINE = Font.getDefault().getSize() * 1.4;
  /** Pixels of one wheel step when the system does not say. */
  private static final double STEP = 40;

  private WheelScroll() {}

  /** Makes the wheel scroll by lines in every scroll pane under {@code root}. */
  public static void install(Node root) {
    root.addEventFilter(ScrollEvent.SCROLL, e -> {
      if (e.getDeltaY() == 0 || e.isInertia() || e.getTouchCount() > 0) {
        return;
      }
      // The system's pixels per step (40 on most); an event that gives none counts as a step.
      double steps = e.getDeltaY() / (e.getMultiplierY() > 1 ? e.getMultiplierY() : STEP);
      double pixels = steps * LINES * LINE;
      for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != root.getParent();
          n = n.getParent()) {
        if (n.getStyleClass().contains("virtual-flow")) {
          return;
        }
        if (n instanceof ScrollPane pane && scroll(pane, pixels)) {
          e.consume();
          return;
        }
      }
    });
  }

  /** Scrolls a pane up (pixels &gt; 0) or down; false when it cannot move that way. */
  static boolean scroll(ScrollPane pane, double pixels) {
    Node content = pane.getContent();
    if (content == null || pane.getVbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
      return false;
    }
    Bounds view = pane.getViewportBounds();
    double free = content.getLayoutBounds().getHeight() - view.getHeight();
    double range = pane.getVmax() - pane.getVmin();
    if (free <= 0 || range <= 0) {
      return false;
    }
    double value = pane.getVvalue();
    double next = Math.max(pane.getVmin(), Math.min(pane.getVmax(), value - pixels / free * range));
    if (next == value) {
      return false;
    }
    pane.setVvalue(next);
    return true;
  }
}
