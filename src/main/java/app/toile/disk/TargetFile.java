package app.toile.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a write really goes, checked before anything is written. */
final class TargetFile {
  private TargetFile() {}

  /**
   * The file to replace: the target itself, or the file a link named as target points to.
   *
   * @throws DiskException for a link to nothing, a missing folder, or a target that exists and is
   *     not an ordinary file
   */
  static Path resolve(Path target) {
    Path file = target.toAbsolutePath();
    try {
      if (Files.isSymbolicLink(file)) {
        file = realPathOfLink(file);
      }
      Path folder = file.getParent();
      if (folder == null || FileKind.of(folder) != FileKind.FOLDER) {
        throw new DiskException("no such folder", null);
      }
      String refusal = FileKind.of(file).refusal();
      if (refusal != null) {
        throw new DiskException(refusal, null);
      }
      return file;
    } catch (IOException e) {
      throw new DiskException(Reasons.of(e), e);
    }
  }

  private static Path realPathOfLink(Path link) throws IOException {
    try {
      return link.toRealPath();
    } catch (NoSuchFileException e) {
      throw new DiskException("the link points to nothing", e);
    }
  }
}
