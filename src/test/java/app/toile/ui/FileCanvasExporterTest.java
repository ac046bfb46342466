package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.disk.DiskException;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.Header;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's export refuses, as the command line does, to replace a canvas. */
class FileCanvasExporterTest {
  @TempDir
  Path dir;

  private final Canvas canvas = Canvas.empty().withHeader(Header.EMPTY.withTitle("Studio"));
  private final FileCanvasExporter exporter = new FileCanvasExporter();

  @Test
  void theOpenCanvasFileIsNeverReplacedByItsExport() throws IOException {
    Path file = dir.resolve("studio.toile.json");
    CanvasFiles.save(canvas, file);
    byte[] before = Files.readAllBytes(file);
    Path sameByLink = Files.createSymbolicLink(dir.resolve("studio.pdf"), file);
    assertThatThrownBy(() -> exporter.export(canvas, file, sameByLink, Locale.ENGLISH, p -> { }))
        .isInstanceOf(DiskException.class)
        .hasMessageStartingWith("it is the canvas being exported");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void anotherCanvasIsNeverReplacedEvenFromAnUntitledCanvas() throws IOException {
    Path other = dir.resolve("other.pdf");
    CanvasFiles.save(canvas, other);
    byte[] before = Files.readAllBytes(other);
    assertThatThrownBy(() -> exporter.export(canvas, null, other, Locale.FRENCH, p -> { }))
        .hasMessageStartingWith("it holds a Toile canvas");
    assertThat(Files.readAllBytes(other)).isEqualTo(before);
  }

  @Test
  void anOrdinaryTargetIsWritten() throws IOException {
    Path pdf = dir.resolve("studio.pdf");
    exporter.export(canvas, dir.resolve("studio.toile.json"), pdf, Locale.ENGLISH, p -> { });
    assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");
  }
}
