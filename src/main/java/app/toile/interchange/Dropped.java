package app.toile.interchange;

/**
 * One thing of an imported file that the canvas could not carry.
 *
 * @param line its 1-based line in the file, or 0 when the format has no lines to speak of
 * @param reason why it was dropped
 * @param what the thing, quoted from the file and shortened
 */
public record Dropped(int line, DropReason reason, String what) {}
