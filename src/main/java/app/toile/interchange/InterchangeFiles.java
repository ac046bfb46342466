package app.toile.interchange;

import app.toile.disk.BoundedReader;
import app.toile.disk.DiskException;
import app.toile.disk.SafeWriter;
import app.toile.export.ExportFile;
import app.toile.io.CanvasFileException;
import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes the open formats' files: every read through the bounded reader, every write
 * through the safe writer, and an export never replaces a canvas.
 */
public final class InterchangeFiles {
  /** The largest file an import reads: 20 MB, far more than any canvas's text. */
  public static final long MAX_IMPORT_BYTES = 20L * 1024 * 1024;

  private InterchangeFiles() {}

  /**
   * Imports a file.
   *
   * @throws CanvasFileException in one line (file, line and column where it makes sense) when the
   *     file cannot be read as that format at all
   */
  public static ImportResult read(Path file, InterchangeFormat format) {
    byte[] bytes;
    try {
      bytes = BoundedReader.read(file, MAX_IMPORT_BYTES);
    } catch (DiskException e) {
      throw new CanvasFileException(file.toString(), "cannot read: " + e.reason(), e);
    }
    return format.read(bytes, file.toString());
  }

  /**
   * Exports a canvas to {@code target} (and, for CSV, the segments table beside it).
   *
   * @param inputs the files the canvas was read from, which the export must not replace
   * @return the files written
   * @throws DiskException saying in plain words why a file was not written
   */
  public static List<Path> write(Path target, List<Path> inputs, InterchangeFormat format,
      Canvas canvas, InterchangeOptions options) {
    List<Path> files = format.files(target);
    List<byte[]> bytes = format.export(canvas, options);
    for (Path f : files) {
      ExportFile.refuseCanvases(f, inputs);
    }
    for (int i = 0; i < files.size(); i++) {
      SafeWriter.REPLACING.write(files.get(i), bytes.get(i));
    }
    return files;
  }
}
