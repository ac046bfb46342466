package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toile generate} writes the canvas asked for, byte for byte the same for a seed. */
class GenerateCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesACanvasWithTheCountsAskedThatLoads() {
    String file = dir.resolve("big.toile.json").toString();
    CliRun run = CliRun.of("generate", "--segments", "40", "--notes", "700", "-o", file);
    assertThat(run.code()).isEqualTo(Cli.OK);
    assertThat(run.out()).isEqualTo(file + ": 40 segments, 700 notes\n");
    assertThat(run.err()).isEmpty();
    Canvas canvas = CanvasFiles.load(Path.of(file));
    assertThat(canvas.segments()).hasSize(40);
    assertThat(canvas.noteCount()).isEqualTo(700);
  }

  @Test
  void sameSeedGivesAByteIdenticalFile() throws IOException {
    Path a = dir.resolve("a.toile.json");
    Path b = dir.resolve("b.toile.json");
    Path c = dir.resolve("c.toile.json");
    CliRun.of("generate", "--segments", "25", "--notes", "300", "--seed", "7", "-o", a.toString());
    CliRun.of("generate", "--seed=7", "--notes=300", "--segments=25", "-o", b.toString());
    CliRun.of("generate", "--segments", "25", "--notes", "300", "--seed", "8", "-o", c.toString());
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
  }

  @Test
  void outOfRangeFlagWritesValuesValidationReports() {
    String file = dir.resolve("careless.toile.json").toString();
    assertThat(CliRun.of("generate", "--segments", "100", "--out-of-range", "-o", file).code())
        .isEqualTo(Cli.OK);
    assertThat(CanvasFiles.load(Path.of(file)).segments()).anyMatch(s ->
        s.evaluation().painDepth() != null && s.evaluation().painDepth() > 5
            || s.evaluation().budget() != null && s.evaluation().budget() > 5);
  }

  @Test
  void badUsageIsExitCode64WithOneLine() {
    assertThat(CliRun.of("generate", "--segments", "10").err())
        .isEqualTo("toile: generate needs -o FILE and no other argument (see toile --help)\n");
    CliRun notANumber = CliRun.of("generate", "--notes", "lots", "-o", "x.toile.json");
    assertThat(notANumber.code()).isEqualTo(Cli.USAGE);
    assertThat(notANumber.err())
        .isEqualTo("toile: --notes must be a whole number, not 'lots' (see toile --help)\n");
    assertThat(CliRun.of("generate", "--segments", "-5", "-o", "x.toile.json").err())
        .isEqualTo("toile: segments must be from 0 to 100000 (see toile --help)\n");
  }

  @Test
  void unwritableTargetIsExitCode2() {
    String file = dir.resolve("missing-folder").resolve("x.toile.json").toString();
    CliRun run = CliRun.of("generate", "-o", file);
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).startsWith("toile: " + file + ": cannot save: ").doesNotContain("\n ");
  }

  @Test
  void helpListsTheCommandAndItsOptions() {
    assertThat(CliRun.of("--help").out()).contains("generate [OPTIONS] -o FILE", "--segments N",
        "--notes M", "--seed S", "--out-of-range", "-o FILE");
  }
}
