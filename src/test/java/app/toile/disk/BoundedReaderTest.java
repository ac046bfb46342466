package app.toile.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every input is read through one reader that never reads past its limit. */
class BoundedReaderTest {
  @TempDir
  Path dir;

  @Test
  void aFileUpToTheLimitIsReadWhole() throws IOException {
    Path file = Files.write(dir.resolve("c.json"), new byte[10]);
    assertThat(BoundedReader.read(file, 10)).hasSize(10);
  }

  @Test
  void oneByteOverTheLimitIsRefusedWithItsSize() throws IOException {
    Path file = Files.write(dir.resolve("c.json"), new byte[11]);
    assertThatThrownBy(() -> BoundedReader.read(file, 10))
        .isInstanceOf(DiskException.class)
        .hasMessage("the file is too large (11 bytes); the limit is 10 bytes");
  }

  @Test
  void aHugeSparseFileIsRefusedWithoutBeingRead() throws IOException {
    Path file = dir.resolve("big.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(1L << 40);
    }
    assertThatThrownBy(() -> BoundedReader.read(file, 100L * 1024 * 1024))
        .hasMessage("the file is too large (1099511627776 bytes); the limit is 100 MB");
  }

  @Test
  @Timeout(10)
  void anEndlessDeviceIsRefusedAtOnce() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    long start = System.nanoTime();
    assertThatThrownBy(() -> BoundedReader.read(zero, 100L * 1024 * 1024))
        .hasMessage("it is a device, not a file");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  @Timeout(10)
  void aPipeNobodyWritesToIsRefusedWithoutWaiting() throws Exception {
    Path fifo = Fifo.make(dir.resolve("c.toile.json"));
    assertThatThrownBy(() -> BoundedReader.read(fifo, 1000)).hasMessage("it is a pipe, not a file");
  }

  @Test
  void aFileThatReportsNoSizeIsStillCapped() {
    // Files under /proc say they hold 0 bytes and hold more: the cap, not the size, decides.
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isRegularFile(status), "a system with /proc");
    assertThatThrownBy(() -> BoundedReader.read(status, 8))
        .hasMessage("the file is too large (more than 8 bytes); the limit is 8 bytes");
    assertThat(BoundedReader.read(status, 1_000_000)).isNotEmpty();
  }

  @Test
  void aFolderAndNothingAreNamedPlainly() {
    assertThatThrownBy(() -> BoundedReader.read(dir, 10)).hasMessage("it is a folder, not a file");
    assertThatThrownBy(() -> BoundedReader.read(dir.resolve("nope"), 10))
        .hasMessage("no such file or folder");
  }

  @Test
  void sizesAreSaidTheWayPeopleSayThem() {
    assertThat(Sizes.of(100L * 1024 * 1024)).isEqualTo("100 MB");
    assertThat(Sizes.of(256 * 1024)).isEqualTo("256 KB");
    assertThat(Sizes.of(1000)).isEqualTo("1000 bytes");
  }
}
