package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.disk.SafeWriter;
import app.toile.model.Canvas;
import app.toile.model.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed part-way leaves a hidden temporary file; the next save of that file removes the
 * old ones, and nothing else.
 */
class LeftoverTempTest {
  @TempDir
  Path dir;

  private final Canvas canvas = Canvas.empty().withHeader(Header.EMPTY.withTitle("Kept"));

  @Test
  void aSaveRemovesTheOldTemporaryFilesOfItsFileAndOfItsBackup() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(canvas, file);
    Path leftover = old(dir.resolve(".c.toile.json.3f9a0c11d2e4b567.tmp"));
    Path backupLeftover = old(dir.resolve(".c.toile.json.bak.7.tmp"));

    CanvasFiles.save(canvas, file);

    assertThat(leftover).doesNotExist();
    assertThat(backupLeftover).doesNotExist();
    assertThat(names()).containsExactlyInAnyOrder("c.toile.json", "c.toile.json.bak");
    assertThat(CanvasFiles.load(file)).isEqualTo(canvas);
  }

  @Test
  void aRecentTemporaryFileMayBelongToASaveStillRunningAndStays() throws IOException {
    Path file = dir.resolve("c.toile.json");
    Path running = Files.writeString(dir.resolve(".c.toile.json.00ff.tmp"), "{");

    CanvasFiles.save(canvas, file);

    assertThat(running).exists();
  }

  @Test
  void filesOfOtherCanvasesAndOtherNamesStay() throws IOException {
    Path file = dir.resolve("c.toile.json");
    List<Path> others = List.of(
        old(dir.resolve(".d.toile.json.3f9a.tmp")),        // another canvas's
        old(dir.resolve(".c.toile.json.notes.tmp")),       // not a name a save makes
        old(dir.resolve(".c.toile.json.3F9A.tmp")),        // upper case: not Long.toHexString
        old(dir.resolve("c.toile.json.3f9a.tmp")),         // not hidden
        old(dir.resolve(".c.toile.json.3f9a.tmp.txt")));   // not ending in .tmp
    Path folder = Files.createDirectory(dir.resolve(".c.toile.json.abc.tmp"));
    Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

    CanvasFiles.save(canvas, file);

    assertThat(others).allMatch(Files::exists);
    assertThat(folder).isDirectory();
  }

  private static Path old(Path path) throws IOException {
    Files.writeString(path, "{\"half\": ");
    Files.setLastModifiedTime(path,
        FileTime.from(Instant.now().minus(SafeWriter.STALE).minus(Duration.ofMinutes(1))));
    return path;
  }

  private List<String> names() {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
