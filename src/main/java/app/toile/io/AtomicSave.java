package app.toile.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a crash or a full disk never leaves it half written: the new bytes go to
 * a temporary file in the same folder, are flushed to the disk, the previous version is kept as
 * {@code NAME.bak}, and only then is the temporary file moved over the target in one atomic step.
 * On failure the target is untouched and the temporary file is removed. After a save, temporary
 * files that an earlier save of the same file left behind when it was killed are removed too.
 *
 * <p>Each step is a method so that tests can make one of them fail like a real disk would.
 */
class AtomicSave {
  private static final SecureRandom RANDOM = new SecureRandom();
  /**
   * How old a leftover temporary file must be before a save removes it. A save writes its own in
   * milliseconds; one this old belongs to no save still running, in this program or another.
   */
  static final Duration STALE = Duration.ofMinutes(10);
  /** The random part of a temporary name: {@link Long#toHexString}, with ".bak" for a backup's. */
  private static final Pattern TEMP_SUFFIX = Pattern.compile("(\\.bak)?\\.[0-9a-f]{1,16}\\.tmp");

  /** Writes the bytes to the target; {@code name} is how messages name the file. */
  final void save(byte[] bytes, Path target, String name) {
    Path absolute = resolveLink(target, name);
    if (Files.isDirectory(absolute)) {
      throw new CanvasFileException(name, "cannot save: it is a folder, not a file", null);
    }
    Path folder = absolute.getParent();
    Path temp = tempBeside(absolute);
    try {
      writeTemp(temp, bytes);
      if (Files.exists(absolute)) {
        keepPermissions(absolute, temp);
        backup(absolute, absolute.resolveSibling(absolute.getFileName() + CanvasFormat.BACKUP_SUFFIX));
      }
      try {
        moveAtomically(temp, absolute);
      } catch (AtomicMoveNotSupportedException e) {
        // Only where the file system cannot rename atomically: replace as well as it can.
        moveReplacing(temp, absolute);
      }
      syncFolder(folder);
    } catch (IOException | RuntimeException e) {
      removeQuietly(temp);
      String reason = e instanceof IOException io ? IoReasons.of(io) : String.valueOf(e.getMessage());
      throw new CanvasFileException(name, "cannot save: " + reason, e);
    }
    removeLeftovers(absolute, Instant.now().minus(STALE));
  }

  /**
   * Removes the temporary files of this file and of its backup that are older than {@code before}:
   * what saves killed part-way left. Only names this class makes are touched. The save has already
   * succeeded, so a folder that cannot be listed or a file that cannot be removed changes nothing.
   */
  static void removeLeftovers(Path file, Instant before) {
    String prefix = "." + file.getFileName();
    FileTime limit = FileTime.from(before);
    try (var leftovers = Files.newDirectoryStream(file.getParent(), p -> {
      String n = p.getFileName().toString();
      return n.startsWith(prefix) && TEMP_SUFFIX.matcher(n).region(prefix.length(), n.length())
          .matches();
    })) {
      for (Path leftover : leftovers) {
        if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(leftover).compareTo(limit) < 0) {
          removeQuietly(leftover);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Leftovers stay until a later save; they are never read.
    }
  }

  private static void removeQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // The save already failed, or succeeded: the reason that matters is not this one.
    }
  }

  /** A link is followed, so that saving replaces the file it points to, not the link. */
  private static Path resolveLink(Path target, String name) {
    if (!Files.isSymbolicLink(target)) {
      return target.toAbsolutePath();
    }
    try {
      return target.toRealPath();
    } catch (IOException e) {
      throw new CanvasFileException(name, "cannot save: the link points to "
          + IoReasons.of(e).replace("no such file or folder", "nothing"), e);
    }
  }

  /** Writes the bytes to a new file and forces them to the disk. */
  void writeTemp(Path temp, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /** A new temporary name in the file's folder, hidden, so that a rename never crosses disks. */
  private static Path tempBeside(Path file) {
    return file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
        + ".tmp");
  }

  /**
   * Keeps the previous version beside the file. It is replaced in one step, like the file itself:
   * a kill while copying must not leave a half-written backup where a whole one was.
   */
  void backup(Path target, Path backup) throws IOException {
    Path temp = tempBeside(backup);
    try {
      writeTemp(temp, Files.readAllBytes(target));
      try {
        Files.move(temp, backup, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, backup, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  void moveAtomically(Path temp, Path target) throws IOException {
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
  }

  void moveReplacing(Path temp, Path target) throws IOException {
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** A saved file keeps the permissions it had, rather than those of a new file. */
  private static void keepPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (source != null) {
      Files.setPosixFilePermissions(to, source.readAttributes().permissions());
    }
  }

  /** Makes the rename itself durable, where the platform lets a folder be synced. */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can open a folder (Windows cannot); the file itself is already synced.
    }
  }
}
