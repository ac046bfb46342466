package app.toile.disk;

/**
 * A file could not be read or written. The message is the reason in a few plain words, without
 * the file's name or any class name ("no space left on device", "it is a device, not a file"):
 * each caller says which file and what it was doing. Unchecked: callers that talk to a user catch
 * it at their edge.
 */
public final class DiskException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with its reason; {@code cause} is kept for crash logs, never shown. */
  public DiskException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** The reason, in plain words. */
  public String reason() {
    return getMessage();
  }
}
