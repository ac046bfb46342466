/**
 * The one way Toile touches files: {@link app.toile.disk.SafeWriter} for every output (canvas
 * saves, recovery copies, exports, generated canvases, crash logs) and {@link
 * app.toile.disk.BoundedReader} for every input. Plain Java, no JavaFX and no Jackson; failures
 * are one {@link app.toile.disk.DiskException} whose message is the reason in a few plain words.
 */
package app.toile.disk;
