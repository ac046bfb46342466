package app.toile.io;

import app.toile.disk.BoundedReader;
import app.toile.disk.DiskException;
import app.toile.disk.SafeWriter;
import app.toile.disk.Sizes;
import app.toile.model.Canvas;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

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
    return open(path).canvas();
  }

  /** Reads a canvas file with the guide's place beside the canvas, as {@link #load} does. */
  public static CanvasFile open(Path path) {
    return read(read(path), path.toString());
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
   * Reads a canvas from the bytes of a canvas file: decoded as UTF-8, read whole into a tree by
   * the one mapper, checked for its format and version, then mapped to the model.
   *
   * @param sourceName how messages name the source, such as its file name
   */
  public static Canvas fromBytes(byte[] bytes, String sourceName) {
    return read(bytes, sourceName).canvas();
  }

  /** Reads the canvas, and the guide's place beside it, from the bytes of a canvas file. */
  public static CanvasFile read(byte[] bytes, String sourceName) {
    if (bytes.length > CanvasFormat.MAX_FILE_BYTES) {
      throw tooLarge(sourceName, bytes.length);
    }
    SourceText.check(bytes, sourceName);
    try {
      return map(RawJson.file(bytes));
    } catch (JacksonException | Misfit e) {
      // A failing file is read again from its text, where columns count characters, not bytes.
      return read(SourceText.decode(bytes), sourceName);
    }
  }

  private static CanvasFile read(String text, String sourceName) {
    JsonNode root = tree(CanvasJson.MAPPER.createParser(text), sourceName);
    try {
      return map(root);
    } catch (Misfit misfit) {
      throw Positions.error(text, sourceName, misfit);
    }
  }

  private static CanvasFile map(JsonNode root) {
    FormatCheck.check(root);
    return CanvasMapping.file(Fields.root(root));
  }

  /** The one JSON value of a file's text; the parser's own errors become the user's one line. */
  private static JsonNode tree(JsonParser source, String sourceName) {
    try (JsonParser parser = source) {
      try {
        if (parser.nextToken() == null) {
          throw new CanvasFileException(sourceName, "the file is empty, it holds no canvas", null);
        }
        JsonNode root = RawJson.read(parser);
        JsonToken after = parser.nextToken();
        if (after != null) {
          TokenStreamLocation at = parser.currentTokenLocation();
          String found = after == JsonToken.START_OBJECT ? "an object"
              : after == JsonToken.START_ARRAY ? "a list" : Fields.found(RawJson.read(parser));
          throw new CanvasFileException(sourceName, at.getLineNr(), at.getColumnNr(),
              "the canvas must end the file, found " + found + " after it");
        }
        return root;
      } catch (JacksonException e) {
        throw JacksonErrors.translate(e, sourceName, parser.currentLocation());
      }
    }
  }

  /**
   * The bytes of the canvas file for a canvas; the same canvas always gives the same bytes: UTF-8,
   * pretty printed with {@code \n} line ends and a final newline.
   *
   * @throws IllegalArgumentException when an unknown field kept in the canvas holds text that is
   *     not JSON, which only code can do: a loaded canvas keeps them as valid JSON
   */
  public static byte[] toBytes(Canvas canvas) {
    return toBytes(CanvasFile.of(canvas));
  }

  /** The bytes of a canvas file, with the guide's place when the guide is on. */
  public static byte[] toBytes(CanvasFile file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CanvasJson.PRETTY.writeValue(out, CanvasMapping.tree(file));
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Saves a canvas atomically: the file is replaced whole or not at all, and its previous version
   * is kept as {@code NAME.bak} beside it.
   */
  public static void save(Canvas canvas, Path path) {
    save(CanvasFile.of(canvas), path);
  }

  /** Saves a canvas with the guide's place, as {@link #save(Canvas, Path)} does. */
  public static void save(CanvasFile file, Path path) {
    save(file, path, SafeWriter.KEEPING_BACKUP);
  }

  /**
   * Saves a canvas through a writer: {@link SafeWriter#KEEPING_BACKUP} for the user's files,
   * {@link SafeWriter#REPLACING} for copies that are themselves spares.
   *
   * @throws CanvasFileException when the canvas cannot be written, or would make a file larger
   *     than Toile reads back; the file is then untouched
   */
  public static void save(CanvasFile file, Path path, SafeWriter writer) {
    String name = path.toString();
    byte[] bytes = bytesToSave(file, name);
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
  private static byte[] bytesToSave(CanvasFile file, String name) {
    byte[] bytes;
    try {
      bytes = toBytes(file);
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
