package app.toile.export;

import app.toile.model.Canvas;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleConsumer;

/**
 * Writes an export to a file so that a failed or cancelled export never leaves half a PDF: the
 * bytes go to a temporary file in the same folder, which replaces the target in one move only
 * once it is complete. On failure the target is untouched and the temporary file removed.
 */
public final class ExportFile {
  private ExportFile() {}

  /** Exports the canvas in {@code format} to {@code target}. */
  public static void write(Path target, ExportFormat format, Canvas canvas,
      FindingLines findings, ExportOptions options, DoubleConsumer progress)
      throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    // Not Files.createTempFile: its owner-only permissions would stick to the exported file.
    Path temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part"));
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        format.write(canvas, findings, options, out, progress);
      }
      move(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
