package app.toile.command;

import app.toile.model.Canvas;
import java.util.function.UnaryOperator;

/**
 * Changes a canvas-level field, such as the market or the segment strategy.
 *
 * @param descriptionKey key of the edit's name in the {@code ui} bundle
 * @param edit the change to make to the canvas
 */
public record EditCanvas(String descriptionKey, UnaryOperator<Canvas> edit) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    return edit.apply(canvas);
  }
}
