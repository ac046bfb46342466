package app.toile.recovery;

import app.toile.disk.DiskException;
import app.toile.disk.Reasons;
import app.toile.disk.SafeWriter;
import app.toile.io.CanvasFile;
import app.toile.io.CanvasFileException;
import app.toile.io.CanvasFiles;
import app.toile.io.CanvasFormat;
import app.toile.model.Canvas;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The recovery folder: copies of canvases with unsaved changes, written while they are edited, so
 * that a crash or a kill loses at most the last few seconds of work.
 *
 * <p>Each document has at most one copy, named after it (see {@link DocumentId}): a canvas file
 * written atomically like any save, so that a kill while writing leaves the previous copy whole,
 * and a small note beside it saying whose copy it is and when it was written. At start-up,
 * {@link #pending()} lists the copies worth offering; a clean close removes the document's copy
 * with {@link #discard(DocumentId)}. No JavaFX here: the editor decides when to write.
 */
public final class RecoveryStore {
  private final Path folder;
  private final Clock clock;

  /** A store in this folder, created when the first copy is written. */
  public RecoveryStore(Path folder) {
    this(folder, Clock.systemUTC());
  }

  RecoveryStore(Path folder, Clock clock) {
    this.folder = folder.toAbsolutePath().normalize();
    this.clock = clock;
  }

  /** The store in the user's recovery folder ({@link DataFolder#recovery()}). */
  public static RecoveryStore forUser() {
    return new RecoveryStore(DataFolder.recovery());
  }

  /** The folder it keeps its copies in. */
  public Path folder() {
    return folder;
  }

  /**
   * Writes the recovery copy of a document, replacing its previous one in one atomic step.
   *
   * @throws CanvasFileException when it cannot be written (the previous copy is then untouched)
   */
  public RecoveryCopy save(DocumentId document, Canvas canvas) {
    return save(document, CanvasFile.of(canvas));
  }

  /** Writes the recovery copy of a document with the guide's place, as the canvas's file would. */
  public RecoveryCopy save(DocumentId document, CanvasFile file) {
    Canvas canvas = file.canvas();
    String key = document.key();
    Path copy = folder.resolve(key + CanvasFormat.EXTENSION);
    createFolder();
    Instant written = clock.instant();
    String title = canvas.header().title();
    // A recovery copy is itself the spare version: it needs no .bak of its own.
    CanvasFiles.save(file, copy, SafeWriter.REPLACING);
    Path sidecar = folder.resolve(key + RecoverySidecar.SUFFIX);
    try {
      SafeWriter.REPLACING.write(sidecar, RecoverySidecar.write(document, written, title));
    } catch (DiskException e) {
      throw new CanvasFileException(sidecar.toString(), "cannot save: " + e.reason(), e);
    }
    return new RecoveryCopy(document, copy, written, title, null);
  }

  /**
   * The copies to offer back, oldest first: those of untitled canvases, of files that are gone,
   * and of files not saved since the copy was written. A copy whose note is damaged is listed with
   * its problem rather than hidden.
   */
  public List<RecoveryCopy> pending() {
    List<RecoveryCopy> offered = new ArrayList<>();
    for (RecoveryCopy copy : all()) {
      if (isNewerThanItsFile(copy)) {
        offered.add(copy);
      }
    }
    offered.sort(Comparator.comparing(RecoveryCopy::written));
    return offered;
  }

  /**
   * Removes the copies that are not worth offering any more, because their file was saved after
   * them; returns how many were removed.
   */
  public int discardOutdated() {
    int removed = 0;
    for (RecoveryCopy copy : all()) {
      if (!isNewerThanItsFile(copy)) {
        discard(copy);
        removed++;
      }
    }
    return removed;
  }

  /**
   * Reads a recovery copy back.
   *
   * @throws CanvasFileException when the copy is damaged or unreadable: one line to show the user,
   *     who may then discard it
   */
  public CanvasFile restore(RecoveryCopy copy) {
    return CanvasFiles.open(copy.copy());
  }

  /** Removes a recovery copy and its note, once restored or refused. */
  public void discard(RecoveryCopy copy) {
    String name = copy.copy().getFileName().toString();
    String key = name.substring(0, name.length() - CanvasFormat.EXTENSION.length());
    remove(copy.copy());
    remove(folder.resolve(key + RecoverySidecar.SUFFIX));
  }

  /** Removes a document's copy, if any: on a clean close, or once the document is saved. */
  public void discard(DocumentId document) {
    remove(folder.resolve(document.key() + CanvasFormat.EXTENSION));
    remove(folder.resolve(document.key() + RecoverySidecar.SUFFIX));
  }

  /** Every copy in the folder, offered or not. */
  private List<RecoveryCopy> all() {
    List<RecoveryCopy> copies = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return copies;
    }
    // Temporary files of a save in progress start with a dot and end in .tmp: not matched.
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
        "[!.]*" + CanvasFormat.EXTENSION)) {
      for (Path copy : files) {
        String name = copy.getFileName().toString();
        String key = name.substring(0, name.length() - CanvasFormat.EXTENSION.length());
        copies.add(RecoverySidecar.read(folder.resolve(key + RecoverySidecar.SUFFIX), copy, key));
      }
    } catch (IOException e) {
      throw new CanvasFileException(folder.toString(), "cannot list recovery copies: "
          + Reasons.of(e), e);
    }
    return copies;
  }

  /**
   * Whether a copy holds work its file lacks. Both times come from the file system's clock, so a
   * copy and a save made a moment apart compare the right way round.
   */
  private static boolean isNewerThanItsFile(RecoveryCopy copy) {
    Path file = copy.document().file();
    if (file == null || !Files.isRegularFile(file)) {
      return true;
    }
    try {
      FileTime saved = Files.getLastModifiedTime(file);
      return Files.getLastModifiedTime(copy.copy()).compareTo(saved) > 0;
    } catch (IOException e) {
      return true; // when in doubt, offer the work back
    }
  }

  private void createFolder() {
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder);
        // Canvases can be confidential: on Unix, only their owner reads the copies.
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
      }
    } catch (IOException e) {
      throw new CanvasFileException(folder.toString(), "cannot create the recovery folder: "
          + Reasons.of(e), e);
    }
  }

  private static void remove(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new CanvasFileException(file.toString(), "cannot remove the recovery copy: "
          + Reasons.of(e), e);
    }
  }
}
