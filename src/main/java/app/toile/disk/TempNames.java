package app.toile.disk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of temporary files beside a file being written, and the removal of those that writes
 * killed part-way left behind.
 *
 * <p>A temporary name is {@code .NAME.<random hex>.tmp}, hidden and in the same folder so that
 * the final rename never crosses disks. A long NAME is shortened in it, so that a name the file
 * system accepts never fails because of the temporary one.
 */
final class TempNames {
  /** The longest file name most file systems accept, in bytes of UTF-8. */
  static final int NAME_MAX = 255;
  /** The longest part of a file's name kept in its temporary name, in bytes of UTF-8. */
  private static final int STEM_MAX = 200;
  /** ".part" is what exports of earlier versions of Toile left behind. */
  private static final Pattern SUFFIX = Pattern.compile("\\.[0-9a-f]{1,16}\\.(tmp|part)");

  private TempNames() {}

  /** A new temporary name beside the file. */
  static Path beside(Path file, long random) {
    return file.resolveSibling(stem(file.getFileName().toString()) + "."
        + Long.toHexString(random) + ".tmp");
  }

  /** What every temporary name of a file starts with: a dot and its name, shortened if long. */
  private static String stem(String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= STEM_MAX) {
      return "." + name;
    }
    int end = 0;
    int bytes = 0;
    while (end < name.length()) {
      int next = name.offsetByCodePoints(end, 1);
      bytes += name.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
      if (bytes > STEM_MAX) {
        break;
      }
      end = next;
    }
    return "." + name.substring(0, end);
  }

  /**
   * Removes the temporary files of this file and of its backup that are older than {@code
   * before}: what writes killed part-way left. Only names this class makes are touched. The write
   * has already succeeded, so a folder that cannot be listed or a file that cannot be removed
   * changes nothing.
   */
  static void removeLeftovers(Path file, Instant before) {
    String name = file.getFileName().toString();
    List<String> stems = List.of(stem(name), stem(name + SafeWriter.BACKUP_SUFFIX));
    FileTime limit = FileTime.from(before);
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(),
        p -> isTempOf(p.getFileName().toString(), stems))) {
      for (Path leftover : leftovers) {
        if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).compareTo(limit) < 0) {
          removeQuietly(leftover);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Leftovers stay until a later write; they are never read.
    }
  }

  private static void removeQuietly(Path leftover) {
    try {
      Files.deleteIfExists(leftover);
    } catch (IOException e) {
      // Another write may have removed it first, or the folder is read-only: it stays.
    }
  }

  private static boolean isTempOf(String candidate, List<String> stems) {
    for (String stem : stems) {
      if (candidate.startsWith(stem)
          && SUFFIX.matcher(candidate).region(stem.length(), candidate.length()).matches()) {
        return true;
      }
    }
    return false;
  }
}
