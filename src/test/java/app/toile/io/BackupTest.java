package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.disk.SafeWriter;
import app.toile.model.Canvas;
import app.toile.model.Header;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code .bak} beside a canvas file is replaced whole or not at all, like the file. */
class BackupTest {
  @TempDir
  Path dir;

  private final Canvas first = Canvas.empty().withHeader(Header.EMPTY.withTitle("First"));
  private final Canvas second = Canvas.empty().withHeader(Header.EMPTY.withTitle("Second"));
  private final Canvas third = Canvas.empty().withHeader(Header.EMPTY.withTitle("Third"));

  @Test
  void backupThatFailsHalfWayLeavesThePreviousBackupAndTheFileWhole() throws IOException {
    Path file = dir.resolve("c.toile.json");
    Path backup = dir.resolve("c.toile.json.bak");
    CanvasFiles.save(first, file);
    CanvasFiles.save(second, file);
    SafeWriter diskFullOnBackup = new SafeWriter(true) {
      @Override
      protected void writeTemp(Path temp, Body body) throws IOException {
        if (temp.getFileName().toString().startsWith(".c.toile.json.bak.")) {
          byte[] bytes = Files.readAllBytes(file);
          Files.write(temp, Arrays.copyOf(bytes, bytes.length / 2));
          throw new IOException("No space left on device");
        }
        super.writeTemp(temp, body);
      }
    };

    assertThatThrownBy(() -> CanvasFiles.save(CanvasFile.of(third), file, diskFullOnBackup))
        .isInstanceOf(CanvasFileException.class)
        .hasMessage(file + ": cannot save: no space left on device");
    assertThat(CanvasFiles.load(file)).isEqualTo(second);
    assertThat(CanvasFiles.load(backup)).isEqualTo(first);
    assertThat(names()).containsExactlyInAnyOrder("c.toile.json", "c.toile.json.bak");
  }

  @Test
  void backupHoldsThePreviousVersionAfterEachSave() {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(first, file);
    CanvasFiles.save(second, file);
    CanvasFiles.save(third, file);
    assertThat(CanvasFiles.load(dir.resolve("c.toile.json.bak"))).isEqualTo(second);
    assertThat(names()).containsExactlyInAnyOrder("c.toile.json", "c.toile.json.bak");
  }

  private java.util.List<String> names() {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
