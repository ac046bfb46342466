package app.toile.generate;

/**
 * What to generate.
 *
 * @param segments how many customer segments
 * @param notes how many notes, spread over the eight note blocks
 * @param seed the seed: the same settings always give the same canvas
 * @param outOfRange whether some values break the validation rules (scores of 7, ages of 150,
 *     negative counts, links to missing segments), as a careless user's canvas would
 */
public record GeneratorSettings(int segments, int notes, long seed, boolean outOfRange) {
  /** The most segments a canvas is generated with. */
  public static final int MAX_SEGMENTS = 100_000;
  /** The most notes a canvas is generated with. */
  public static final int MAX_NOTES = 1_000_000;

  public GeneratorSettings {
    if (segments < 0 || segments > MAX_SEGMENTS) {
      throw new IllegalArgumentException("segments must be from 0 to " + MAX_SEGMENTS);
    }
    if (notes < 0 || notes > MAX_NOTES) {
      throw new IllegalArgumentException("notes must be from 0 to " + MAX_NOTES);
    }
  }
}
