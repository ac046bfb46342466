package app.toile.ui.gallery;

import app.toile.model.Canvas;

/**
 * What the gallery shows of one sample, in the language it was read in; made by the gallery's
 * view model, so that the card's view never sees the sample file.
 *
 * @param name the sample's file name, the same in every language
 * @param title the canvas title, or the file name when it has none
 * @param description the one-line description: the first paragraph of the canvas notes
 * @param strategy the segment strategy's label, or empty when unset
 * @param canvas the canvas, for the preview and for opening as an untitled copy
 */
public record SampleCard(String name, String title, String description, String strategy,
    Canvas canvas) {

  /** How many customer segments the canvas has. */
  public int segmentCount() {
    return canvas.segments().size();
  }

  /** How many notes the eight other blocks hold in all. */
  public int noteCount() {
    return canvas.noteCount();
  }
}
