package app.toile.io;

import app.toile.model.Canvas;
import java.io.IOException;
import java.nio.file.Files;
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
  private static final AtomicSave DISK = new AtomicSave();

  private CanvasFiles() {}

  /** Reads a canvas file; messages name it as the path is written. */
  public static Canvas load(Path path) {
    String name = path.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new CanvasFileException(name, "it is a folder, not a canvas file", null);
      }
      long size = Files.size(path);
      if (size > CanvasFormat.MAX_FILE_BYTES) {
        throw tooLarge(name, size);
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new CanvasFileException(name, "cannot read: " + IoReasons.of(e), e);
    }
    return fromBytes(bytes, name);
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
    byte[] bytes;
    try {
      bytes = toBytes(canvas);
    } catch (IllegalArgumentException e) {
      throw new CanvasFileException(path.toString(), "cannot save: " + e.getMessage(), e);
    }
    DISK.save(bytes, path, path.toString());
  }

  private static CanvasFileException tooLarge(String name, long size) {
    long mb = CanvasFormat.MAX_FILE_BYTES / (1024 * 1024);
    return new CanvasFileException(name, "the file is too large (" + size + " bytes); the limit is "
        + mb + " MB", null);
  }
}
