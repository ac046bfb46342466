package app.toile.ui.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What tells one state of a file from another without reading it: its modification time and size,
 * or that it is missing.
 *
 * @param modified the modification time in nanoseconds since the epoch, or -1 when missing
 * @param size the size in bytes, or -1 when missing
 */
public record FileStamp(long modified, long size) {
  /** The stamp of a file that does not exist (or cannot be read). */
  public static final FileStamp MISSING = new FileStamp(-1, -1);

  /** The file's stamp now. */
  public static FileStamp of(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      return new FileStamp(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
          a.size());
    } catch (IOException e) {
      return MISSING;
    }
  }
}
