package app.toile.session;

import app.toile.model.Canvas;

/**
 * A sample canvas as the gallery offers it.
 *
 * @param name its file name without extension, the same in every language
 * @param description one line about it, in the language it was read in
 * @param canvas the canvas itself
 */
public record SampleCanvas(String name, String description, Canvas canvas) {}
