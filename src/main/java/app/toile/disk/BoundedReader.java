package app.toile.disk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads every file Toile opens, whole and never more than a limit. What the file system says of a
 * file's size is not trusted: reading stops at the limit plus one byte, so a file that grows, a
 * file that reports no size, or a device that never ends costs at most the limit. Anything that
 * is not an ordinary file (a folder, a device, a pipe) is refused before it is opened, since
 * opening a pipe nobody writes to would wait for ever.
 */
public final class BoundedReader {
  private BoundedReader() {}

  /**
   * The bytes of a file of at most {@code limit} bytes.
   *
   * @throws DiskException saying why in plain words: "no such file or folder", "it
   *     is a device, not a file", "the file is too large (…); the limit is 100 MB"
   */
  public static byte[] read(Path file, long limit) {
    try {
      FileKind kind = FileKind.of(file);
      if (kind == FileKind.NONE) {
        throw new DiskException("no such file or folder", null);
      }
      if (kind.refusal() != null) {
        throw new DiskException(kind.refusal(), null);
      }
      long size = Files.size(file);
      if (size > limit) {
        throw tooLarge("(" + size + " bytes)", limit);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      }
      if (bytes.length > limit) {
        throw tooLarge("(more than " + limit + " bytes)", limit);
      }
      return bytes;
    } catch (IOException e) {
      throw new DiskException(Reasons.of(e), e);
    }
  }

  private static DiskException tooLarge(String size, long limit) {
    return new DiskException("the file is too large " + size + "; the limit is " + Sizes.of(limit),
        null);
  }
}
