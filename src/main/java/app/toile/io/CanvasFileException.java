package app.toile.io;

/**
 * A canvas file could not be read or written. The message is one plain line meant for the user:
 * the file, where in it (line and column, when known) and what was wrong, for example
 * {@code canvas.toile.json:12:17: "painDepth" must be a whole number, found "high"}.
 * Unchecked, like Jackson's own exceptions: callers that talk to a user catch it at their edge.
 */
public final class CanvasFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  /** A problem at a place in the file; line and column are 1-based, 0 when unknown. */
  public CanvasFileException(String file, int line, int column, String reason) {
    this(file, line, column, reason, null);
  }

  /** A problem with the file as a whole (missing, too large, not writable). */
  public CanvasFileException(String file, String reason, Throwable cause) {
    this(file, 0, 0, reason, cause);
  }

  CanvasFileException(String file, int line, int column, String reason, Throwable cause) {
    super(format(file, line, column, reason), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String format(String file, int line, int column, String reason) {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    // One line, always: a reason quoting the file's text must not break the user's terminal.
    return (where + ": " + reason).replaceAll("[\\r\\n]+", " ");
  }

  /** The file's name as the user gave it. */
  public String file() {
    return file;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 when it concerns the whole file. */
  public int column() {
    return column;
  }

  /** What was wrong, without the file and position. */
  public String reason() {
    return reason;
  }
}
