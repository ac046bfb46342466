package app.toile.interchange;

import app.toile.model.Canvas;

/**
 * A canvas read from an open format, with the report of the import.
 *
 * @param canvas the canvas, never null; the validator judges it as it judges any canvas
 * @param report what was read and what was dropped
 */
public record ImportResult(Canvas canvas, ImportReport report) {}
