package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.disk.DiskException;
import app.toile.disk.SafeWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportFileTest {
  @TempDir
  Path dir;

  @Test
  void writesTheFormatTheCallerAsksFor() throws IOException {
    Path pdf = dir.resolve("toile.pdf");
    Path png = dir.resolve("toile.png");
    ExportFile.write(pdf, List.of(), ExportFormat.PDF, ExportFixtures.bureauNomade(), FindingLines.NONE,
        ExportOptions.of(Locale.FRENCH), p -> { });
    ExportFile.write(png, List.of(), ExportFormat.PNG, ExportFixtures.bureauNomade(), FindingLines.NONE,
        ExportOptions.of(Locale.FRENCH), p -> { });
    assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(dir).isDirectoryNotContaining("glob:**.{part,tmp}");
  }

  @Test
  void aCancelledExportLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path pdf = dir.resolve("toile.pdf");
    Files.writeString(pdf, "previous export");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> ExportFile.write(pdf, List.of(), ExportFormat.PDF,
          ExportFixtures.bureauNomade(), FindingLines.NONE, ExportOptions.of(Locale.FRENCH),
          p -> { })).isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(pdf).hasContent("previous export");
    assertThat(dir).isDirectoryNotContaining("glob:**.{part,tmp}");
  }

  @Test
  void formatsAreKnownByTheirExtension() {
    assertThat(ExportFormat.ofFile(Path.of("out", "Toile.PDF"))).isEqualTo(ExportFormat.PDF);
    assertThat(ExportFormat.ofFile(Path.of("toile.png"))).isEqualTo(ExportFormat.PNG);
    assertThat(ExportFormat.ofFile(Path.of("toile.svg"))).isNull();
    assertThat(ExportFormat.ofFile(Path.of("toile"))).isNull();
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void aFullDiskEndsEveryFormatInTheSameOneLine(ExportFormat format) throws IOException {
    Path target = Files.writeString(dir.resolve("out." + format.extension()), "previous");
    SafeWriter fullDisk = new SafeWriter(false) {
      @Override
      protected OutputStream toDisk(FileChannel channel) {
        return new FullAfter(super.toDisk(channel), 2_000);
      }
    };
    assertThatThrownBy(() -> ExportFile.write(fullDisk, target, List.of(), format,
        ExportFixtures.bureauNomade(), FindingLines.NONE, ExportOptions.of(Locale.FRENCH),
        p -> { })).isInstanceOf(DiskException.class).hasMessage("no space left on device");
    assertThat(target).hasContent("previous");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s).containsExactly(target);
    }
  }

  @Test
  void theCanvasBeingExportedIsNeverReplaced() throws IOException {
    Path canvas = Files.writeString(dir.resolve("c.toile.json"),
        "{\"format\": \"toile-canvas\", \"formatVersion\": 1}");
    assertThatThrownBy(() -> ExportFile.write(canvas, List.of(canvas), ExportFormat.PDF,
        ExportFixtures.bureauNomade(), FindingLines.NONE, ExportOptions.of(Locale.FRENCH),
        p -> { })).isInstanceOf(DiskException.class)
        .hasMessage("it is the canvas being exported; an export never replaces a canvas");
    assertThat(canvas).hasContent("{\"format\": \"toile-canvas\", \"formatVersion\": 1}");
  }

  /** A disk that fills up after some bytes, as a real one does in the middle of a library's write. */
  private static final class FullAfter extends FilterOutputStream {
    private long room;

    FullAfter(OutputStream out, long room) {
      super(out);
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        throw new IOException("No space left on device");
      }
      room -= len;
      out.write(b, off, len);
    }
  }
}
