package app.toile.session;

import app.toile.model.Canvas;
import app.toile.model.Guide;

/**
 * The one place that reads and writes where the guide stands inside the canvas. The file format
 * keeps it there for now; moving it out of the model means changing this class and the file
 * layer only.
 */
final class GuideField {
  private GuideField() {}

  /** Where the canvas says the guide stands; null when it is off. */
  static Guide of(Canvas canvas) {
    return canvas.guide();
  }

  /** The canvas with the guide at {@code guide} (null: off). */
  static Canvas with(Canvas canvas, Guide guide) {
    return canvas.withGuide(guide);
  }

  /** Whether two canvases differ in nothing but the guide's place. */
  static boolean sameBut(Canvas current, Canvas written) {
    return current.withGuide(written.guide()).equals(written);
  }
}
