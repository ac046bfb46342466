package app.toile.export;

import app.toile.model.Canvas;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/** The formats a canvas exports to, each with its file extension. */
public enum ExportFormat {
  PDF("pdf"),
  PNG("png"),
  PPTX("pptx");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Parses {@code pdf}, {@code png} or {@code pptx} (any case); null for anything else. */
  public static ExportFormat parse(String name) {
    for (ExportFormat f : values()) {
      if (name != null && f.extension.equals(name.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  /** The format a file name's extension names, or null. */
  public static ExportFormat ofFile(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? null : parse(s.substring(dot + 1));
  }

  /** Writes the canvas in this format. */
  public void write(Canvas canvas, FindingLines findings, ExportOptions options,
      OutputStream out, DoubleConsumer progress) throws IOException {
    switch (this) {
      case PDF -> PdfExporter.export(canvas, findings, options, out, progress);
      case PNG -> PngExporter.export(canvas, findings, options, out, progress);
      case PPTX -> PptxExporter.export(canvas, findings, options, out, progress);
      default -> throw new IllegalStateException(name());
    }
  }
}
