package app.toile.io;

import app.toile.model.Canvas;
import app.toile.model.Guide;

/**
 * What a canvas file holds: the canvas, and beside it where the guided flow stood when it was
 * saved. The guide is navigation, not part of the business model, so it is not in {@link Canvas}.
 *
 * @param canvas the canvas
 * @param guide where the guide stood, or null when it was off
 */
public record CanvasFile(Canvas canvas, Guide guide) {

  /** A file holding a canvas with the guide off. */
  public static CanvasFile of(Canvas canvas) {
    return new CanvasFile(canvas, null);
  }
}
