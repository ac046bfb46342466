package app.toile.interchange;

/**
 * Something of an imported file that names no block, kept in the canvas's free notes.
 *
 * @param line its 1-based line in the file, or 0 when the format has no lines to speak of
 * @param what the thing, quoted from the file and shortened
 */
public record Kept(int line, String what) {}
