package app.toile.export;

import app.toile.disk.DiskException;
import app.toile.disk.SafeWriter;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Writes an export to a file through the one {@link SafeWriter}: a failed or cancelled export
 * never leaves half a file, and an export never replaces a canvas, neither the one it comes from
 * (compared as files, through links) nor any other file that holds a Toile canvas.
 */
public final class ExportFile {
  private ExportFile() {}

  /**
   * Exports the canvas in {@code format} to {@code target}.
   *
   * @param inputs the files the canvas was read from, which the export must not replace
   * @throws DiskException saying in plain words why nothing was written
   */
  public static void write(Path target, List<Path> inputs, ExportFormat format, Canvas canvas,
      FindingLines findings, ExportOptions options, DoubleConsumer progress) {
    write(SafeWriter.REPLACING, target, inputs, format, canvas, findings, options, progress);
  }

  static void write(SafeWriter writer, Path target, List<Path> inputs, ExportFormat format,
      Canvas canvas, FindingLines findings, ExportOptions options, DoubleConsumer progress) {
    refuseCanvases(target, inputs);
    writer.write(target, out -> format.write(canvas, findings, options, out, progress));
  }

  /**
   * Refuses a target that is one of the inputs or holds a Toile canvas: an export goes next to
   * canvases, never over one. Every export of Toile's, whatever its format, asks this first.
   *
   * @throws DiskException saying why, when the target must not be replaced
   */
  public static void refuseCanvases(Path target, List<Path> inputs) {
    if (!Files.exists(target)) {
      return;
    }
    for (Path input : inputs) {
      if (input != null && sameFile(target, input)) {
        throw new DiskException("it is the canvas being exported; an export never replaces a"
            + " canvas", null);
      }
    }
    if (CanvasFiles.holdsCanvas(target)) {
      throw new DiskException("it holds a Toile canvas; an export never replaces a canvas", null);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
