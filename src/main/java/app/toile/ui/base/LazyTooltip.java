package app.toile.ui.base;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its node. Every tooltip is a popup control
 * with a window of its own; the canvas has some sixty of them (toolbar, block headers, the segment
 * chips of every note) and making them all held up the first frame, for tips most of which are
 * never shown. The pointer entering the node is always followed by the moves that start a
 * tooltip's timer, so it shows as it did.
 */
public final class LazyTooltip {
  /** The key, in a node's properties, of the text its tooltip shows (made or not yet). */
  private static final Object TEXT = new Object();

  private LazyTooltip() {}

  /** The text the node's tooltip shows or will show, if it has one. */
  public static Optional<String> text(Node node) {
    Object t = node.getProperties().get(TEXT);
    if (t instanceof ObservableValue<?> v) {
      return Optional.ofNullable(v.getValue()).map(String::valueOf);
    }
    if (t instanceof String s) {
      return Optional.of(s);
    }
    return node instanceof Control c && c.getTooltip() != null
        ? Optional.ofNullable(c.getTooltip().getText()) : Optional.empty();
  }

  /** Gives a control a tooltip with this (live) text, once the pointer reaches it. */
  public static void bind(Control control, ObservableValue<String> text) {
    control.getProperties().put(TEXT, text);
    onFirstEntry(control, () -> {
      Tooltip tip = new Tooltip();
      tip.textProperty().bind(text);
      control.setTooltip(tip);
    });
  }

  /** Gives a control a tooltip with this text, once the pointer reaches it. */
  public static void set(Control control, String text) {
    control.getProperties().put(TEXT, text);
    onFirstEntry(control, () -> control.setTooltip(new Tooltip(text)));
  }

  /** Installs a tooltip with this text on any node (a shape), once the pointer reaches it. */
  public static void install(Node node, String text) {
    node.getProperties().put(TEXT, text);
    onFirstEntry(node, () -> Tooltip.install(node, new Tooltip(text)));
  }

  private static void onFirstEntry(Node node, Runnable make) {
    EventHandler<MouseEvent> first = new EventHandler<>() {
      @Override
      public void handle(MouseEvent e) {
        node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
        make.run();
      }
    };
    node.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
  }
}
