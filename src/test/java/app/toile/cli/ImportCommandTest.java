package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Block;
import app.toile.model.Canvas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toile import} and {@code toile export} to the open formats: files, report, exit codes. */
class ImportCommandTest {
  private static final String SAMPLE = "samples/en/paris-startup.toile.json";

  @TempDir
  Path dir;

  @Test
  void aCanvasGoesOutAndComesBackWithNothingDropped() throws IOException {
    for (String ext : new String[] {"md", "canvas", "csv"}) {
      Path out = dir.resolve("paris." + ext);
      CliRun export = CliRun.of("export", SAMPLE, "-o", out.toString());
      assertThat(export.code()).as(export.err()).isEqualTo(Cli.OK);
      Path back = dir.resolve("back-" + ext + ".toile.json");
      CliRun run = CliRun.of("import", out.toString(), "-o", back.toString());
      assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Cli.OK);
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).contains("read 21 notes in 8 blocks", "Nothing was dropped.",
          "Wrote " + back);
      Canvas canvas = CanvasFiles.load(back);
      assertThat(canvas.notes(Block.VALUE_PROPOSITIONS)).hasSize(3);
    }
    assertThat(dir.resolve("paris.segments.csv")).exists();
  }

  @Test
  void somethingDroppedExitsWithOneAndSaysWhatAndWhere() throws IOException {
    Path md = write("hand.md", "## Key Partners\n\n- Banks\n  - a sub-item\n\n```\ncode\n```\n");
    Path out = dir.resolve("hand.toile.json");
    CliRun run = CliRun.of("import", md.toString(), "-o", out.toString());
    assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    assertThat(run.out()).contains(md + ":4: dropped: the nested item \u201c- a sub-item\u201d",
        md + ":6: dropped: the code block", "2 things were dropped");
    assertThat(CanvasFiles.load(out).notes(Block.KEY_PARTNERS)).hasSize(1);
  }

  @Test
  void theReportSpeaksFrench() throws IOException {
    Path md = write("fr.md", "## Partenaires clés\n\n- Banques #personne\n");
    CliRun run = CliRun.of("import", md.toString(), "-o", dir.resolve("o.toile.json").toString(),
        "--lang", "fr");
    assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    assertThat(run.out()).contains("lu 1 note dans 1 bloc",
        "laissé de côté\u00a0: l’étiquette «\u00a0#personne\u00a0»");
  }

  @Test
  void anUnreadableFileIsOneLineAndExitTwo() throws IOException {
    Path md = dir.resolve("latin1.md");
    Files.write(md, "## Key Partners\n\n- Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("import", md.toString(), "-o", dir.resolve("o.toile.json").toString());
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).isEqualTo("toile: " + md + ":3:6: not valid UTF-8 (byte 0xE9): save the"
        + " file as UTF-8" + System.lineSeparator());
    assertThat(run.out()).isEmpty();
    assertThat(dir.resolve("o.toile.json")).doesNotExist();
  }

  @Test
  void anExistingCanvasIsNeverReplacedWithoutForce() throws IOException {
    Path md = write("a.md", "## Channels\n\n- Web\n");
    Path out = write("mine.toile.json", "precious");
    CliRun run = CliRun.of("import", md.toString(), "-o", out.toString());
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).contains("it exists; give --force to replace it");
    assertThat(Files.readString(out)).isEqualTo("precious");
    assertThat(CliRun.of("import", md.toString(), "-o", out.toString(), "--force").code())
        .isEqualTo(Cli.OK);
    assertThat(CanvasFiles.load(out).notes(Block.CHANNELS)).hasSize(1);
  }

  @Test
  void anExportToAnOpenFormatNeverReplacesACanvas() throws IOException {
    Path canvas = dir.resolve("c.toile.json");
    Files.copy(Path.of(SAMPLE), canvas);
    Path disguised = dir.resolve("notes.md");
    Files.copy(Path.of(SAMPLE), disguised);
    CliRun run = CliRun.of("export", canvas.toString(), "-o", disguised.toString());
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).contains("it holds a Toile canvas; an export never replaces a canvas");
    Path segmentsCanvas = dir.resolve("t.segments.csv");
    Files.copy(Path.of(SAMPLE), segmentsCanvas);
    assertThat(CliRun.of("export", canvas.toString(), "-o", dir.resolve("t.csv").toString())
        .code()).isEqualTo(Cli.UNREADABLE);
    assertThat(CanvasFiles.load(segmentsCanvas).segments()).isNotEmpty();
  }

  @Test
  void usageErrorsExitWithSixtyFour() {
    assertThat(CliRun.of("import", "a.txt", "-o", "o.toile.json").err())
        .contains("cannot tell the format of a.txt");
    assertThat(CliRun.of("import", "a.md").code()).isEqualTo(Cli.USAGE);
    assertThat(CliRun.of("import", "a.md", "-o", "x", "--format", "docx").code())
        .isEqualTo(Cli.USAGE);
  }

  @Test
  void theFormatOptionOverridesTheExtension() throws IOException {
    Path txt = write("notes.txt", "block,text\nChannels,Web\n");
    CliRun run = CliRun.of("import", txt.toString(), "--format", "csv", "-o",
        dir.resolve("o.toile.json").toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
  }

  @Test
  void csvCanStartWithAByteOrderMark() throws IOException {
    Path out = dir.resolve("t.csv");
    assertThat(CliRun.of("export", SAMPLE, "-o", out.toString(), "--bom").code()).isZero();
    assertThat(Files.readAllBytes(out)).startsWith(0xEF, 0xBB, 0xBF, 'b');
    assertThat(Files.readAllBytes(dir.resolve("t.segments.csv"))).startsWith(0xEF, 0xBB, 0xBF);
    CliRun plain = CliRun.of("export", SAMPLE, "-o", dir.resolve("p.csv").toString());
    assertThat(plain.code()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("p.csv"))).startsWith('b', 'l', 'o');
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
