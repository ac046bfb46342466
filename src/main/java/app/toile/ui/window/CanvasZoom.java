package app.toile.ui.window;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.binding.Bindings;

/**
 * How large the canvas grid is drawn: fit to the window (the default), or one of the levels
 * offered, from half size to twice the size. Below fit, the blocks get more room and smaller
 * text, and still fill the window; above it, they grow past the window and scroll.
 */
public final class CanvasZoom {
  /** The levels offered, as scales of the fitted canvas; 1 is fit to the window. */
  static final List<Double> LEVELS = List.of(0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0);
  private static final int FIT = LEVELS.indexOf(1.0);

  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(FIT);
  private final ObservableDoubleValue scale = Bindings.createDoubleBinding(
      () -> LEVELS.get(index.get()), index);

  // Properties

  /** The scale the grid is drawn at; 1 when it fits the window. */
  public ObservableDoubleValue scaleProperty() {
    return scale;
  }

  public double scale() {
    return scale.get();
  }

  /** The level's place in {@link #LEVELS}; follows the zoom. */
  ReadOnlyIntegerProperty levelProperty() {
    return index.getReadOnlyProperty();
  }

  /** Whether the canvas fits the window (Ctrl+0). */
  public boolean fits() {
    return index.get() == FIT;
  }

  /** The zoom in percent, rounded: 100 when the canvas fits the window. */
  public int percent() {
    return (int) Math.round(scale() * 100);
  }

  // Commands

  /** One level larger; the largest stays. */
  public void zoomIn() {
    index.set(Math.min(index.get() + 1, LEVELS.size() - 1));
  }

  /** One level smaller; the smallest stays. */
  public void zoomOut() {
    index.set(Math.max(index.get() - 1, 0));
  }

  /** Back to the canvas fitting the window. */
  public void fit() {
    index.set(FIT);
  }
}
