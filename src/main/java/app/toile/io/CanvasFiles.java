package app.toile.io;

import app.toile.disk.BoundedReader;
import app.toile.disk.DiskException;
import app.toile.disk.SafeWriter;
import app.toile.disk.Sizes;
import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes canvas files ({@code .toile.json}, format described in
 * {@code docs/file-format.md}). Every failure is a {@link CanvasFileException} with one plain
 * line for the user; a file is either read whole or not at all.
 */
public final class CanvasFiles {
  private CanvasFiles() {}

  /**
   * Reads a canvas file, never more than {@link CanvasFormat#MAX_FILE_BYTES}; messages name it as
   * the path is written.
   */
  public static Canvas load(Path path) {
    return fromBytes(read(path), path.toString());
  }

  /** The bytes of a file that may hold a canvas, through the one bounded reader. */
  private static byte[] read(Path path) {
    try {
      return BoundedReader.read(path, CanvasFormat.MAX_FILE_BYTES);
    } catch (DiskException e) {
      throw new CanvasFileException(path.toString(), "cannot read: " + e.reason(), e);
    }
  }

  /**
   * Whether a file holds a Toile canvas, of any format version, even one damaged after its
   * {@code "format"} field: such a file is never replaced by anything but a canvas.
   */
  public static boolean holdsCanvas(Path path) {
    byte[] bytes;
    try {
      bytes = BoundedReader.read(path, CanvasFormat.MAX_FILE_BYTES);
    } catch (DiskException e) {
      return false;
    }
    return FormatCheck.namesCanvas(bytes);
  }

  /**
   * Reads a canvas from the bytes of a canvas file.
   *
   * @param sourceName how messages name the source, such as its file name
   */
  public static Canvas fromBytes(byte[] bytes, String sourceName) {
    if (bytes.length > CanvasFormat.MAX_FILE_BYTES) {
      throw tooLarge(sourceName, bytes.length);
    }
    // A good file is read in one pass, straight from its bytes once they are known to be UTF-8,
    // and without positions. Only when that pass fails, or finds no canvas this Toile reads, is
    // the file decoded and given the two passes whose first one decides which error is shown,
    // with lines and columns counted in characters.
    try {
      if (Utf8Text.isWellFormed(bytes)) {
        Canvas canvas = parse(CanvasJson.QUICK.createParser(bytes), sourceName, false,
            in -> new CanvasReader(in, bytes.length).canvasIfReadable());
        if (canvas != null) {
          return canvas;
        }
      }
    } catch (RuntimeException e) {
      // The format check comes first; the reader's own error, if still due, comes after it.
    }
    String text = Utf8Text.decode(bytes, sourceName);
    parse(CanvasJson.MAPPER.createParser(text), sourceName, true, in -> {
      FormatCheck.check(in, sourceName);
      return null;
    });
    return parse(CanvasJson.MAPPER.createParser(text), sourceName, true,
        in -> new CanvasReader(in, bytes.length).canvas());
  }

  /**
   * One pass over a file; the parser's own errors become the user's one line.
   *
   * @param positions whether the pass's errors say where they are (see {@link JsonInput})
   */
  private static <T> T parse(JsonParser source, String sourceName, boolean positions,
      Function<JsonInput, T> pass) {
    try (JsonParser parser = source) {
      try {
        return pass.apply(new JsonInput(parser, sourceName, positions));
      } catch (JacksonException e) {
        throw JacksonErrors.translate(e, sourceName, parser.currentLocation());
      }
    }
  }

  /**
   * The bytes of the canvas file for a canvas; the same canvas always gives the same bytes.
   *
   * @throws IllegalArgumentException when an unknown field kept in the canvas holds text that is
   *     not JSON, which only code can do: a loaded canvas keeps them as valid JSON
   */
  public static byte[] toBytes(Canvas canvas) {
    return CanvasWriter.write(canvas);
  }

  /**
   * Saves a canvas atomically: the file is replaced whole or not at all, and its previous version
   * is kept as {@code NAME.bak} beside it.
   */
  public static void save(Canvas canvas, Path path) {
    save(canvas, path, SafeWriter.KEEPING_BACKUP);
  }

  /**
   * Saves a canvas through a writer: {@link SafeWriter#KEEPING_BACKUP} for the user's files,
   * {@link SafeWriter#REPLACING} for copies that are themselves spares.
   *
   * @throws CanvasFileException when the canvas cannot be written, or would make a file larger
   *     than Toile reads back; the file is then untouched
   */
  static void save(Canvas canvas, Path path, SafeWriter writer) {
    String name = path.toString();
    byte[] bytes = bytesToSave(canvas, name);
    try {
      writer.write(path, bytes);
    } catch (DiskException e) {
      throw new CanvasFileException(name, "cannot save: " + e.reason(), e);
    }
  }

  /**
   * The bytes of a canvas about to be saved, refused when Toile could not read them back: one
   * limit for writing and reading, so that no save makes a file that cannot be opened.
   */
  private static byte[] bytesToSave(Canvas canvas, String name) {
    byte[] bytes;
    try {
      bytes = toBytes(canvas);
    } catch (IllegalArgumentException e) {
      throw new CanvasFileException(name, "cannot save: " + e.getMessage(), e);
    }
    if (bytes.length > CanvasFormat.MAX_FILE_BYTES) {
      throw new CanvasFileException(name, "cannot save: the canvas would take "
          + megabytes(bytes.length) + ", more than the " + Sizes.of(CanvasFormat.MAX_FILE_BYTES)
          + " a canvas file may hold, and Toile could not open it again", null);
    }
    return bytes;
  }

  private static String megabytes(long bytes) {
    return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
  }

  private static CanvasFileException tooLarge(String name, long size) {
    return new CanvasFileException(name, "the file is too large (" + size + " bytes); the limit is "
        + Sizes.of(CanvasFormat.MAX_FILE_BYTES), null);
  }
}
