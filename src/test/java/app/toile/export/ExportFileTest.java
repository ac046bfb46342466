package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
