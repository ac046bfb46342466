/**
 * Canvas files: the JSON format ({@code .toile.json}, described in {@code docs/file-format.md}),
 * reading with one-line errors, and atomic saving. {@link app.toile.io.CanvasFiles} is the entry
 * point; Jackson stays inside this package. Below the editor, the per-user
 * {@link app.toile.io.DataFolder} holds {@link app.toile.io.RecoveryStore recovery copies} of
 * unsaved canvases and {@link app.toile.io.CrashLog crash logs} ({@code docs/data-safety.md}).
 */
package app.toile.io;
