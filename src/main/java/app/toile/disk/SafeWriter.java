package app.toile.disk;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/**
 * Writes every file Toile produces so that a crash, a kill, a full disk or a failing library never
 * leaves it half written and never destroys what was there: the bytes go to a hidden temporary
 * file in the same folder, are forced to the disk, and only then replace the target in one atomic
 * rename. On any failure the target is untouched, the temporary file is removed, and the reason is
 * one {@link DiskException}.
 *
 * <p>The target must be an ordinary file or nothing yet: a folder, a device, a pipe or a socket is
 * refused before anything is written. A symbolic link is written through: the file it points to
 * is replaced and the link stays. A saved file keeps its permissions.
 *
 * <p>Each step that can fail like a real disk is a method, so that tests can make it fail.
 */
public class SafeWriter {
  /** Replaces the target, keeping nothing of it. */
  public static final SafeWriter REPLACING = new SafeWriter(false);
  /** Replaces the target and keeps its previous version beside it as {@code NAME.bak}. */
  public static final SafeWriter KEEPING_BACKUP = new SafeWriter(true);

  /**
   * How old a leftover temporary file must be before a write removes it. A write makes its own in
   * seconds; one this old belongs to no write still running, in this program or another.
   */
  public static final Duration STALE = Duration.ofMinutes(10);

  /** What a backup's name adds to its file's name. */
  public static final String BACKUP_SUFFIX = ".bak";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BUFFER = 1 << 16;

  private final boolean keepBackup;

  /** A writer that keeps the previous version as {@code NAME.bak}, or not. */
  public SafeWriter(boolean keepBackup) {
    this.keepBackup = keepBackup;
  }

  /** What one write puts in the file. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole content to {@code out}; closing it is not needed. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the bytes to the target. */
  public final void write(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what the body produces to the target, all or nothing.
   *
   * @return the file written: the target, or the file a link named as target points to
   * @throws DiskException when the target is refused or any step fails; the target is untouched
   * @throws CancellationException when the body was cancelled; the target is untouched too
   */
  public final Path write(Path target, Body body) {
    Path file = TargetFile.resolve(target);
    Path temp = TempNames.beside(file, RANDOM.nextLong());
    boolean done = false;
    try {
      writeTemp(temp, body);
      if (Files.exists(file)) {
        keepPermissions(file, temp);
        if (keepBackup) {
          backup(file);
        }
      }
      move(temp, file);
      done = true;
    } catch (CancellationException | DiskException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DiskException(Reasons.of(e), e);
    } finally {
      if (!done) {
        removeQuietly(temp);
      }
    }
    syncFolder(file.getParent());
    TempNames.removeLeftovers(file, Instant.now().minus(STALE));
    return file;
  }

  /**
   * Writes a new file with what the body produces and forces it to the disk. When the disk fails,
   * its error is the one thrown, whatever the body made of it: some libraries wrap it, others
   * (POI) drop it and report only that their own step failed.
   */
  protected void writeTemp(Path temp, Body body) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      DiskStream disk = new DiskStream(toDisk(channel));
      OutputStream out = new BufferedOutputStream(disk, BUFFER);
      try {
        body.writeTo(out);
        out.flush();
      } catch (IOException | RuntimeException e) {
        disk.throwItsFailure(e);
        throw e;
      }
      channel.force(true);
    }
  }

  /** The stream of the temporary file's bytes. */
  protected OutputStream toDisk(FileChannel channel) {
    return Channels.newOutputStream(channel);
  }

  /**
   * Keeps the previous version beside the file. It is replaced in one step, like the file itself:
   * a kill while copying must not leave a half-written backup where a whole one was. A name too
   * long for the file system once {@code .bak} is added gets no backup; the write itself is still
   * atomic.
   */
  protected void backup(Path file) throws IOException {
    String name = file.getFileName() + BACKUP_SUFFIX;
    if (name.getBytes(StandardCharsets.UTF_8).length > TempNames.NAME_MAX) {
      return;
    }
    Path backup = file.resolveSibling(name);
    Path temp = TempNames.beside(backup, RANDOM.nextLong());
    try {
      writeTemp(temp, out -> Files.copy(file, out));
      move(temp, backup);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void move(Path temp, Path target) throws IOException {
    try {
      moveAtomically(temp, target);
    } catch (AtomicMoveNotSupportedException e) {
      // Only where the file system cannot rename atomically: replace as well as it can.
      moveReplacing(temp, target);
    }
  }

  protected void moveAtomically(Path temp, Path target) throws IOException {
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
  }

  protected void moveReplacing(Path temp, Path target) throws IOException {
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** A replaced file keeps the permissions it had, rather than those of a new file. */
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

  private static void removeQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // The write already failed: the reason that matters is not this one.
    }
  }

  /**
   * The file's stream for the body. It stays open when the body closes it, since the channel must
   * stay open until its bytes are forced to the disk, and it remembers the disk's first failure.
   */
  private static final class DiskStream extends FilterOutputStream {
    private IOException failure;

    DiskStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    /** Throws the disk's failure, if it failed, in place of what the body made of it. */
    void throwItsFailure(Exception seen) throws IOException {
      if (failure != null && failure != seen) {
        failure.addSuppressed(seen);
        throw failure;
      }
    }
  }
}
