package app.toile.interchange;

import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The open formats a canvas goes out to and comes in from, each with its file extension:
 * Markdown, JSON Canvas 1.0 (jsoncanvas.org) and CSV. Described in {@code docs/interchange.md}.
 */
public enum InterchangeFormat {
  MARKDOWN("md", List.of("markdown")),
  JSON_CANVAS("canvas", List.of("jsoncanvas", "json-canvas")),
  CSV("csv", List.of());

  private final String extension;
  private final List<String> otherNames;

  InterchangeFormat(String extension, List<String> otherNames) {
    this.extension = extension;
    this.otherNames = otherNames;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Parses {@code md}, {@code markdown}, {@code canvas} or {@code csv} (any case); else null. */
  public static InterchangeFormat parse(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (InterchangeFormat f : values()) {
      if (f.extension.equals(n) || f.otherNames.contains(n)) {
        return f;
      }
    }
    return null;
  }

  /** The format a file name's extension names, or null. */
  public static InterchangeFormat ofFile(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? null : parse(s.substring(dot + 1));
  }

  /**
   * The files of an export to {@code target}: the target itself, and for CSV the segments table
   * beside it ({@code NAME.segments.csv}).
   */
  public List<Path> files(Path target) {
    return this == CSV ? List.of(target, CsvExport.segmentsFile(target)) : List.of(target);
  }

  /** The bytes of each file of {@link #files}, in the same order. */
  public List<byte[]> export(Canvas canvas, InterchangeOptions options) {
    return switch (this) {
      case MARKDOWN -> List.of(MarkdownExport.export(canvas, options.locale()));
      case JSON_CANVAS -> List.of(JsonCanvasExport.export(canvas, options.locale()));
      case CSV -> List.of(CsvExport.notes(canvas, options), CsvExport.segments(canvas, options));
    };
  }

  /**
   * Reads a canvas from a file's bytes.
   *
   * @param sourceName how the report and errors name the file
   * @throws app.toile.io.CanvasFileException in one line when the file cannot be read at all
   */
  public ImportResult read(byte[] bytes, String sourceName) {
    return switch (this) {
      case MARKDOWN -> MarkdownImport.read(bytes, sourceName);
      case JSON_CANVAS -> JsonCanvasImport.read(bytes, sourceName);
      case CSV -> CsvImport.read(bytes, sourceName);
    };
  }
}
