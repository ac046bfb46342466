/**
 * Canvas files: the JSON format ({@code .toile.json}, described in {@code docs/file-format.md}),
 * reading with one-line errors, and atomic saving. {@link app.toile.io.CanvasFiles} is the entry
 * point; Jackson stays inside this package.
 */
package app.toile.io;
