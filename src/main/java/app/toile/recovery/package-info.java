/**
 * What keeps a founder's work when the editor does not end well: {@link
 * app.toile.recovery.RecoveryStore recovery copies} of unsaved canvases, each with a small note
 * naming its document ({@link app.toile.recovery.DocumentId}), and {@link
 * app.toile.recovery.CrashLog crash logs}, both in the per-user {@link
 * app.toile.recovery.DataFolder} ({@code docs/data-safety.md}).
 *
 * <p>Plain Java below the editor: it writes through {@code disk.SafeWriter}, reads through {@code
 * disk.BoundedReader}, and saves copies as canvas files through {@code io.CanvasFiles}. The editor
 * reaches it through {@code session.Recoveries} only.
 */
package app.toile.recovery;
