package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.disk.SafeWriter;
import app.toile.model.Canvas;
import app.toile.model.Extras;
import app.toile.model.Header;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving replaces a file whole or not at all, and keeps its previous version. */
class SaveTest {
  @TempDir
  Path dir;

  private final Canvas first = Canvas.empty().withHeader(Header.EMPTY.withTitle("First"));
  private final Canvas second = Canvas.empty().withHeader(Header.EMPTY.withTitle("Second"));

  @Test
  void saveWritesTheCanvasAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(first, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(CanvasFiles.toBytes(first));
    assertThat(CanvasFiles.load(file)).isEqualTo(first);
    assertThat(names()).containsExactly("c.toile.json");
  }

  @Test
  void saveKeepsThePreviousVersionAsBak() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(first, file);
    CanvasFiles.save(second, file);
    assertThat(CanvasFiles.load(file)).isEqualTo(second);
    assertThat(CanvasFiles.load(dir.resolve("c.toile.json.bak"))).isEqualTo(first);
    assertThat(names()).containsExactly("c.toile.json", "c.toile.json.bak");
  }

  @Test
  void saveKeepsTheFilePermissions() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(first, file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    CanvasFiles.save(second, file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void diskFullWhileWritingLeavesTheTargetUntouched() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(first, file);
    byte[] before = Files.readAllBytes(file);
    SafeWriter fullDisk = new SafeWriter(true) {
      @Override
      protected void writeTemp(Path temp, Body body) throws IOException {
        Files.write(temp, List.of("half a can"));
        throw new IOException("No space left on device");
      }
    };
    assertThatThrownBy(() -> CanvasFiles.save(CanvasFile.of(second), file, fullDisk))
        .isInstanceOf(CanvasFileException.class)
        .hasMessage(file + ": cannot save: no space left on device");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(names()).containsExactly("c.toile.json");
  }

  @Test
  void failedMoveLeavesTheTargetUntouchedAndRemovesTheTemporaryFile() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(first, file);
    byte[] before = Files.readAllBytes(file);
    SafeWriter brokenRename = new SafeWriter(true) {
      @Override
      protected void moveAtomically(Path temp, Path target) throws IOException {
        if (temp.getFileName().toString().startsWith(".c.toile.json.bak.")) {
          super.moveAtomically(temp, target);
          return;
        }
        throw new IOException("Input/output error");
      }
    };
    assertThatThrownBy(() -> CanvasFiles.save(CanvasFile.of(second), file, brokenRename))
        .hasMessage(file + ": cannot save: input/output error");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(names()).containsExactly("c.toile.json", "c.toile.json.bak");
  }

  @Test
  void fileSystemWithoutAtomicRenameFallsBackToReplacing() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(first, file);
    SafeWriter noAtomicMove = new SafeWriter(true) {
      @Override
      protected void moveAtomically(Path temp, Path target) throws IOException {
        throw new AtomicMoveNotSupportedException(temp.toString(), target.toString(), "no");
      }
    };
    CanvasFiles.save(CanvasFile.of(second), file, noAtomicMove);
    assertThat(CanvasFiles.load(file)).isEqualTo(second);
    assertThat(names()).containsExactly("c.toile.json", "c.toile.json.bak");
  }

  @Test
  void targetThatIsAFolderIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("c.toile.json"));
    assertThatThrownBy(() -> CanvasFiles.save(first, folder))
        .isInstanceOf(CanvasFileException.class)
        .hasMessage(folder + ": cannot save: it is a folder, not a file");
    assertThat(names()).containsExactly("c.toile.json");
  }

  @Test
  void folderThatIsAFileIsRefused() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
    Path file = notAFolder.resolve("c.toile.json");
    assertThatThrownBy(() -> CanvasFiles.save(first, file))
        .isInstanceOf(CanvasFileException.class)
        .hasMessage(file + ": cannot save: no such folder");
    assertThat(names()).containsExactly("plain");
  }

  @Test
  void readOnlyFolderIsRefusedWhereTheSystemEnforcesIt() throws IOException {
    Path file = dir.resolve("ro/c.toile.json");
    Files.createDirectory(file.getParent());
    CanvasFiles.save(first, file);
    Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (Files.isWritable(file.getParent())) {
        // Running as root: permissions do not stop the save, which must then succeed whole.
        CanvasFiles.save(second, file);
        assertThat(CanvasFiles.load(file)).isEqualTo(second);
      } else {
        assertThatThrownBy(() -> CanvasFiles.save(second, file))
            .hasMessage(file + ": cannot save: permission denied");
        assertThat(CanvasFiles.load(file)).isEqualTo(first);
      }
    } finally {
      Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void savingThroughALinkReplacesTheFileItPointsTo() throws IOException {
    Path real = dir.resolve("real.toile.json");
    CanvasFiles.save(first, real);
    Path link = Files.createSymbolicLink(dir.resolve("link.toile.json"), real);
    CanvasFiles.save(second, link);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(CanvasFiles.load(real)).isEqualTo(second);
    assertThat(CanvasFiles.load(dir.resolve("real.toile.json.bak"))).isEqualTo(first);
  }

  @Test
  void canvasThatCannotBeWrittenLeavesTheFileAlone() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(first, file);
    Canvas broken = second.withHeader(new Header("t", null, null, null, null,
        new Extras(Map.of("future", "{not json"))));
    assertThatThrownBy(() -> CanvasFiles.save(broken, file))
        .isInstanceOf(CanvasFileException.class)
        .hasMessage(file + ": cannot save: unknown field \"future\" holds no JSON value");
    assertThat(CanvasFiles.load(file)).isEqualTo(first);
    assertThat(names()).containsExactly("c.toile.json");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
