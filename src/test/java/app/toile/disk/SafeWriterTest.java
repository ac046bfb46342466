package app.toile.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output goes through one writer: whole or not at all, never onto what is not a file. */
class SafeWriterTest {
  @TempDir
  Path dir;

  @Test
  void aLinkIsWrittenThroughAndStaysALink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.pdf"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), real);
    SafeWriter.REPLACING.write(link, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
    assertThat(names()).containsExactlyInAnyOrder("real.pdf", "link.pdf");
  }

  @Test
  void aLinkToNothingIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), dir.resolve("gone.pdf"));
    assertThatThrownBy(() -> SafeWriter.REPLACING.write(link, new byte[] {1}))
        .isInstanceOf(DiskException.class).hasMessage("the link points to nothing");
    assertThat(names()).containsExactly("link.pdf");
  }

  @Test
  void aDeviceIsRefusedAndLeftAsItWas() throws IOException {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with /dev/null");
    assertThatThrownBy(() -> SafeWriter.REPLACING.write(device, new byte[] {1}))
        .isInstanceOf(DiskException.class).hasMessage("it is a device, not a file");
    assertThat(Files.isRegularFile(device)).isFalse();
  }

  @Test
  void aLinkToADeviceIsRefusedToo() throws IOException {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with /dev/null");
    Path link = Files.createSymbolicLink(dir.resolve("out.pdf"), device);
    assertThatThrownBy(() -> SafeWriter.REPLACING.write(link, new byte[] {1}))
        .hasMessage("it is a device, not a file");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aPipeIsRefusedWithoutWaitingForAReader() throws Exception {
    Path fifo = Fifo.make(dir.resolve("out.pdf"));
    assertThatThrownBy(() -> SafeWriter.REPLACING.write(fifo, new byte[] {1}))
        .hasMessage("it is a pipe, not a file");
    assertThat(names()).containsExactly("out.pdf");
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out.pdf"));
    assertThatThrownBy(() -> SafeWriter.REPLACING.write(folder, new byte[] {1}))
        .hasMessage("it is a folder, not a file");
  }

  @Test
  void aMissingFolderIsNamedPlainly() {
    assertThatThrownBy(() -> SafeWriter.REPLACING.write(dir.resolve("nope/out.pdf"), new byte[1]))
        .hasMessage("no such folder");
  }

  @Test
  void theLongestNameTheFileSystemAcceptsWorks() throws IOException {
    for (int length : new int[] {244, 251, 255}) {
      Path file = dir.resolve("a".repeat(length - 4) + ".pdf");
      SafeWriter.KEEPING_BACKUP.write(file, "one".getBytes(StandardCharsets.UTF_8));
      SafeWriter.KEEPING_BACKUP.write(file, "two".getBytes(StandardCharsets.UTF_8));
      assertThat(file).hasContent("two");
    }
    // A name with room for ".bak" keeps its backup; a longer one is still written whole.
    assertThat(dir.resolve("a".repeat(240) + ".pdf.bak")).hasContent("one");
    assertThat(names()).noneMatch(n -> n.endsWith(".tmp")).hasSize(5);
  }

  @Test
  void aLongNameInAnotherScriptWorksToo() throws IOException {
    // 84 characters of three bytes each and ".p": 254 bytes; the file system counts bytes.
    Path file = dir.resolve("画".repeat(84) + ".p");
    SafeWriter.REPLACING.write(file, new byte[] {1, 2});
    assertThat(Files.readAllBytes(file)).containsExactly(1, 2);
  }

  @Test
  void aFailureInsideTheBodyLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("out.pptx"), "previous");
    SafeWriter writer = new SafeWriter(false);
    assertThatThrownBy(() -> writer.write(file, out -> {
      out.write(new byte[100_000]);
      throw new IllegalStateException("the library broke");
    })).isInstanceOf(DiskException.class).hasMessage("the library broke");
    assertThat(file).hasContent("previous");
    assertThat(names()).containsExactly("out.pptx");
  }

  @Test
  void aFullDiskIsSaidInPlainWordsHoweverTheLibraryWrapsIt() throws IOException {
    Path file = Files.writeString(dir.resolve("out.png"), "previous");
    SafeWriter writer = new SafeWriter(false);
    assertThatThrownBy(() -> writer.write(file, out -> {
      try {
        throw new IOException("No space left on device");
      } catch (IOException e) {
        IOException imageIo = new javax.imageio.IIOException("I/O error writing PNG file!", e);
        throw new IllegalStateException("Fail to save: an error occurs while saving the package",
            imageIo);
      }
    })).hasMessage("no space left on device");
    assertThat(file).hasContent("previous");
    assertThat(names()).containsExactly("out.png");
  }

  @Test
  void aBodyThatClosesTheStreamIsStillForcedToTheDisk() throws IOException {
    Path file = dir.resolve("out.pdf");
    SafeWriter.REPLACING.write(file, out -> {
      out.write("all".getBytes(StandardCharsets.UTF_8));
      out.close();
    });
    assertThat(file).hasContent("all");
  }

  @Test
  void leftoversOfKilledWritesAreRemovedOnceStaleWhateverTheirSuffix() throws IOException {
    Path file = dir.resolve("out.pdf");
    Path oldPart = stale(dir.resolve(".out.pdf.1a2b3c.part"));
    Path oldTmp = stale(dir.resolve(".out.pdf.4d5e.tmp"));
    Path recent = Files.writeString(dir.resolve(".out.pdf.77.tmp"), "a write still running");
    Path other = stale(dir.resolve(".other.pdf.1a2b.part"));
    SafeWriter.REPLACING.write(file, new byte[] {1});
    assertThat(oldPart).doesNotExist();
    assertThat(oldTmp).doesNotExist();
    assertThat(recent).exists();
    assertThat(other).exists();
  }

  @Test
  void leftoversOfALongNameAreFoundByTheirShortenedName() throws IOException {
    Path file = dir.resolve("b".repeat(246) + ".pdf");
    SafeWriter killed = new SafeWriter(false) {
      @Override
      protected void moveAtomically(Path temp, Path target) throws IOException {
        Files.copy(temp, temp.resolveSibling(temp.getFileName() + ".kept"));
        throw new IOException("killed");
      }
    };
    assertThatThrownBy(() -> killed.write(file, new byte[] {1})).hasMessage("killed");
    Path kept;
    try (Stream<Path> s = Files.list(dir)) {
      kept = s.filter(p -> p.toString().endsWith(".kept")).findFirst().orElseThrow();
    }
    Path leftover = Files.move(kept, kept.resolveSibling(
        kept.getFileName().toString().replace(".kept", "")));
    assertThat(leftover.getFileName().toString().getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(255);
    stale(leftover);
    SafeWriter.REPLACING.write(file, new byte[] {2});
    assertThat(leftover).doesNotExist();
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("out.pdf"), "x");
    Files.setPosixFilePermissions(file,
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    SafeWriter.REPLACING.write(file, new byte[] {1});
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  private static Path stale(Path path) throws IOException {
    if (!Files.exists(path)) {
      Files.writeString(path, "half");
    }
    Files.setLastModifiedTime(path,
        FileTime.from(Instant.now().minus(SafeWriter.STALE).minus(Duration.ofMinutes(1))));
    return path;
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
