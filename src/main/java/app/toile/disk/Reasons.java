package app.toile.disk;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in a few plain words why a read or a write failed, without paths or class names. Libraries
 * that write files (PDFBox, POI, ImageIO) wrap the system's error in their own, sometimes several
 * times: the innermost input/output error is the one that says what happened ("no space left on
 * device"), so that is the one told.
 */
public final class Reasons {
  private Reasons() {}

  /** The reason for any failure, looking through the wrappers around it. */
  public static String of(Throwable failure) {
    IOException io = innermostIo(failure);
    if (io != null) {
      return of(io);
    }
    String message = failure.getMessage();
    return message == null || message.isBlank()
        ? failure.getClass().getSimpleName()
        : oneLine(message);
  }

  /** The reason for an input/output error. */
  public static String of(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException fse) {
      // Its message is the path; the reason, when the system gave one, is what went wrong.
      return fse.getReason() != null ? oneLine(fse.getReason()).toLowerCase(Locale.ROOT)
          : "input/output error";
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? "input/output error"
        : oneLine(message).toLowerCase(Locale.ROOT);
  }

  /** The input/output error deepest in the chain of causes, or null when there is none. */
  private static IOException innermostIo(Throwable failure) {
    IOException found = null;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof IOException io) {
        found = io;
      }
    }
    return found;
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ").trim();
  }
}
