package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code toile export} refuses, in one line and with exit code 2, every target where writing would
 * destroy something: the canvas itself (by any name), another canvas, a device, a pipe.
 */
class ExportNeverReplacesACanvasTest {
  @TempDir
  Path dir;
  Path canvas;
  byte[] original;

  @BeforeEach
  void copyCanvas() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/canvases/complete.toile.json")) {
      canvas = dir.resolve("self.toile.json");
      Files.copy(in, canvas);
      original = Files.readAllBytes(canvas);
    }
  }

  @Test
  void exportingACanvasOntoItselfIsRefused() throws IOException {
    CliRun run = CliRun.of("export", canvas.toString(), "-o", canvas.toString(), "--format", "pdf");
    assertRefused(run, canvas, "it is the canvas being exported");
  }

  @Test
  void theCanvasIsRecognisedThroughALinkAndAnotherSpelling() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), canvas);
    assertRefused(CliRun.of("export", canvas.toString(), "-o", link.toString()), link,
        "it is the canvas being exported");
    Path hard = Files.createLink(dir.resolve("hard.pdf"), canvas);
    assertRefused(CliRun.of("export", canvas.toString(), "-o", hard.toString()), hard,
        "it is the canvas being exported");
    String roundabout = dir.resolve("sub/../self.toile.json").toString();
    Files.createDirectory(dir.resolve("sub"));
    assertRefused(CliRun.of("export", roundabout, "-o", canvas.toString(), "--format", "png"),
        canvas, "it is the canvas being exported");
  }

  @Test
  void anyOtherCanvasIsRefusedToo() throws IOException {
    Path other = dir.resolve("other.pdf");
    Files.write(other, original);
    assertRefused(CliRun.of("export", canvas.toString(), "-o", other.toString()), other,
        "it holds a Toile canvas");
    // A canvas of a newer version, or damaged after its "format", is still a canvas.
    Path newer = Files.writeString(dir.resolve("newer.pptx"),
        "{\"format\": \"toile-canvas\", \"formatVersion\": 99, \"header\": {");
    assertRefused(CliRun.of("export", canvas.toString(), "-o", newer.toString()), newer,
        "it holds a Toile canvas");
  }

  @Test
  void anEarlierExportIsReplaced() throws IOException {
    Path pdf = Files.writeString(dir.resolve("out.pdf"), "%PDF- an older export");
    CliRun run = CliRun.of("export", canvas.toString(), "-o", pdf.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
    assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");
    assertThat(names()).containsExactlyInAnyOrder("self.toile.json", "out.pdf");
  }

  @Test
  void aDeviceIsRefusedAndStaysADevice() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with /dev/null");
    CliRun run = CliRun.of("export", canvas.toString(), "-o", device.toString(), "--format", "pdf");
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).isEqualTo("toile: cannot write /dev/null: it is a device, not a file\n");
    assertThat(Files.isRegularFile(device)).isFalse();
  }

  @Test
  void aGeneratedCanvasIsNotWrittenOntoADevice() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with /dev/null");
    CliRun run = CliRun.of("generate", "--notes", "10", "-o", device.toString());
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).isEqualTo("toile: /dev/null: cannot save: it is a device, not a file\n");
  }

  @Test
  void readingADeviceIsRefusedAtOnce() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    for (String command : List.of("validate", "info")) {
      CliRun run = CliRun.of(command, "/dev/zero");
      assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
      assertThat(run.err()).isEqualTo("toile: /dev/zero: cannot read: it is a device, not a file\n");
    }
  }

  private void assertRefused(CliRun run, Path target, String reason) throws IOException {
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).startsWith("toile: cannot write " + target + ": " + reason)
        .hasLineCount(1);
    assertThat(Files.readAllBytes(canvas)).isEqualTo(original);
    assertThat(names()).noneMatch(n -> n.endsWith(".bak") || n.endsWith(".tmp"));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
