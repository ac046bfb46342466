package app.toile.ui.gallery;

import app.toile.i18n.Texts;
import app.toile.io.SampleCatalog.Sample;
import app.toile.model.Canvas;

/**
 * What the gallery shows of one sample, in the language it was read in.
 *
 * @param name the sample's file name, the same in every language
 * @param title the canvas title, or the file name when it has none
 * @param description the one-line description: the first paragraph of the canvas notes
 * @param strategy the segment strategy's label, or empty when unset
 * @param canvas the canvas, for the preview and for opening as an untitled copy
 */
public record SampleCard(String name, String title, String description, String strategy,
    Canvas canvas) {

  /** The card of a sample, with the strategy named from the domain's labels. */
  public static SampleCard of(Sample sample, Texts labels) {
    String title = sample.canvas().header().title();
    return new SampleCard(sample.name(), title == null || title.isBlank() ? sample.name() : title,
        sample.description(), labels.of("strategy", sample.canvas().strategy()), sample.canvas());
  }

  /** How many customer segments the canvas has. */
  public int segmentCount() {
    return canvas.segments().size();
  }

  /** How many notes the eight other blocks hold in all. */
  public int noteCount() {
    return canvas.noteCount();
  }
}
