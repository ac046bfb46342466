package app.toile.session;

import app.toile.export.ExportFormat;
import app.toile.interchange.InterchangeFormat;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What an export writes, in one list: the documents drawn from the canvas (PDF, PNG, PowerPoint)
 * and the open formats that carry its text to other programs (Markdown, JSON Canvas, CSV). Each
 * names its file extension and the writer behind it: the document exporter or the open formats'.
 */
public enum ExportKind {
  PDF(ExportFormat.PDF, null),
  PNG(ExportFormat.PNG, null),
  PPTX(ExportFormat.PPTX, null),
  MARKDOWN(null, InterchangeFormat.MARKDOWN),
  JSON_CANVAS(null, InterchangeFormat.JSON_CANVAS),
  CSV(null, InterchangeFormat.CSV);

  private final ExportFormat document;
  private final InterchangeFormat open;

  ExportKind(ExportFormat document, InterchangeFormat open) {
    this.document = document;
    this.open = open;
  }

  /** The document format (PDF, PNG or PowerPoint); null for an open format. */
  public ExportFormat document() {
    return document;
  }

  /** The open format (Markdown, JSON Canvas or CSV); null for a document. */
  public InterchangeFormat open() {
    return open;
  }

  /** True for Markdown, JSON Canvas and CSV: text without paper or pages. */
  public boolean isOpen() {
    return open != null;
  }

  /** The file extension, without the dot: {@code pdf}, {@code png}, {@code pptx}, {@code md},
   * {@code canvas} or {@code csv}. */
  public String extension() {
    return document != null ? document.extension() : open.extension();
  }

  /** The kind of a document format. */
  public static ExportKind of(ExportFormat format) {
    for (ExportKind k : values()) {
      if (k.document == format) {
        return k;
      }
    }
    return null;
  }

  /** Parses an extension ({@code pdf}, {@code md}, {@code canvas}…, any case); else null. */
  public static ExportKind parse(String extension) {
    if (extension == null) {
      return null;
    }
    String e = extension.strip().toLowerCase(Locale.ROOT);
    for (ExportKind k : values()) {
      if (k.extension().equals(e)) {
        return k;
      }
    }
    return null;
  }

  /** The kind a file name's extension names, or null. */
  public static ExportKind ofFile(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? null : parse(s.substring(dot + 1));
  }
}
