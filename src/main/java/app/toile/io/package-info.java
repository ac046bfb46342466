/**
 * Canvas files: the JSON format ({@code .toile.json}, described in {@code docs/file-format.md}),
 * reading with one-line errors, and atomic saving. {@link app.toile.io.CanvasFiles} is the entry
 * point; Jackson stays inside this package, behind one mapper ({@code CanvasJson}).
 *
 * <p>Reading: the bytes are checked as strict UTF-8 ({@code SourceText}), parsed whole into one
 * tree whose numbers keep their spelling ({@code RawJson}), checked for format and version ({@code
 * FormatCheck}), then mapped to the model one area per file ({@code CanvasMapping}, {@code
 * SegmentMapping}, {@code ProfileMapping}, {@code NotesMapping}, {@code GuideJson}) through
 * {@code Fields}, which reads each field as its type and keeps the rest as unknown fields. A file
 * that fails is read once more from its decoded text, so that the parser's own errors ({@code
 * JacksonErrors}: malformed JSON, duplicate keys, limits) count columns in characters; a mapping
 * error names its place by JSON pointer and {@code Positions} finds its line and column in that
 * text. Writing mirrors it: each mapping builds its objects ({@code JsonTree})
 * and the mapper prints them. {@link app.toile.io.JsonDocuments} writes the command line's
 * reports with the same mapper.
 */
package app.toile.io;
