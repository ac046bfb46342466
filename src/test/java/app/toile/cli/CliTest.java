package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path dir;
  String complete;
  String broken;

  @BeforeEach
  void copyCanvases() throws IOException {
    complete = copy("complete.toile.json");
    broken = copy("bad-score-text.toile.json");
  }

  private String copy(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/canvases/" + name)) {
      Path target = dir.resolve(name);
      Files.copy(in, target);
      return target.toString();
    }
  }

  @Test
  void validateReportsTheFindingsOfAReadableFile() {
    CliRun run = CliRun.of("validate", "--lang", "en", complete);
    // The dropped Lyon segment states an empty need: an error, whatever its status.
    assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    assertThat(run.out()).startsWith(complete + "\n  Error (1)\n")
        .contains("    SEGMENT_NO_NEED  segment:seg-lyon0001/need\n",
            "The segment \u201cLyon freelancers\u201d states no need or pain.")
        .endsWith("  Ranking: 1. \u201cParis freelancers\u201d 4.2, "
            + "2. \u201cCaf\u00e9 owners with spare room\u201d (no score)\n"
            + "  1 error, 1 warning, 1 info\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateGivesOneLineAndExitTwoForABrokenFile() {
    CliRun run = CliRun.of("validate", complete, broken);
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.out()).startsWith(complete + "\n");
    assertThat(run.err()).isEqualTo(
        "toile: " + broken + ":8:22: \"painDepth\" must be a whole number, found \"high\"\n");
  }

  @Test
  void validateReportsAMissingFileAndGoesOn() {
    String missing = dir.resolve("missing.toile.json").toString();
    CliRun run = CliRun.of("validate", missing, complete);
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).isEqualTo("toile: " + missing + ": cannot read: no such file or folder\n");
    assertThat(run.out()).startsWith(complete + "\n");
  }

  @Test
  void validateWithoutFileIsBadUsage() {
    CliRun run = CliRun.of("validate");
    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err())
        .isEqualTo("toile: validate needs at least one FILE (see toile --help)\n");
  }

  @Test
  void unknownCommandAndOptionAreBadUsage() {
    assertThat(CliRun.of("paint", "x").err())
        .isEqualTo("toile: unknown command paint (see toile --help)\n");
    CliRun option = CliRun.of("validate", "--colour", complete);
    assertThat(option.code()).isEqualTo(Cli.USAGE);
    assertThat(option.err())
        .isEqualTo("toile: unknown option --colour for validate (see toile --help)\n");
    assertThat(CliRun.of("--frobnicate").code()).isEqualTo(Cli.USAGE);
    assertThat(CliRun.of().code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void langMustBeFrenchOrEnglish() {
    CliRun run = CliRun.of("info", "--lang", "de", complete);
    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).isEqualTo("toile: --lang must be fr or en, not 'de' (see toile --help)\n");
    assertThat(CliRun.of("validate", complete, "--lang").err())
        .isEqualTo("toile: option --lang needs a value: fr|en (see toile --help)\n");
  }

  @Test
  void infoSummarisesTheCanvasInEnglish() {
    CliRun run = CliRun.of("info", "--lang", "en", complete);
    assertThat(run.code()).isEqualTo(Cli.OK);
    assertThat(run.out()).isEqualTo("""
        Title: Coworking for freelancers
        Designed for: Atelier Partagé SAS
        Designed by: Camille Durand
        Date: 2026-11-23
        Version: v3
        Segment strategy: Segmented
        Notes per block
          Value Propositions: 2
          Channels: 1
          Customer Relationships: 1
          Revenue Streams: 1
          Key Resources: 1
          Key Activities: 1
          Key Partners: 1
          Cost Structure: 1
        Customer Segments: 3
          1. [Focus] Paris freelancers
          2. [Next] Café owners with spare room
          3. [Dropped] Lyon freelancers
        """);
  }

  @Test
  void infoSpeaksFrenchWithLangFr() throws IOException {
    Path minimal = dir.resolve("minimal.toile.json");
    try (InputStream in = getClass().getResourceAsStream("/canvases/minimal.toile.json")) {
      Files.copy(in, minimal);
    }
    CliRun run = CliRun.of("info", "--lang=fr", minimal.toString());
    assertThat(run.code()).isEqualTo(Cli.OK);
    assertThat(run.out()).startsWith("Titre\u00a0: Toile sans titre\n")
        .contains("Stratégie de segmentation\u00a0: Non renseigné")
        .contains("  Propositions de valeur\u00a0: 0\n")
        .endsWith("Segments de clientèle\u00a0: 0\n");
  }

  @Test
  void infoOnABrokenFileGivesOneLineAndExitTwo() {
    CliRun run = CliRun.of("info", "--lang", "en", broken);
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void infoTakesExactlyOneFile() {
    assertThat(CliRun.of("info", complete, complete).code()).isEqualTo(Cli.USAGE);
    assertThat(CliRun.of("info").code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void helpListsEveryCommandAndOption() {
    CliRun run = CliRun.of("--help");
    assertThat(run.code()).isEqualTo(Cli.OK);
    assertThat(run.out()).contains("validate [OPTIONS] FILE...", "info [OPTIONS] FILE",
        "--lang fr|en", "--help", "--version", "edit [FILE]", "64 bad usage");
    assertThat(CliRun.of("validate", "--help").out()).isEqualTo(run.out());
  }

  @Test
  void versionIsPrinted() {
    CliRun run = CliRun.of("--version");
    assertThat(run.code()).isEqualTo(Cli.OK);
    assertThat(run.out()).startsWith("toile ");
  }

  @Test
  void commandsAreKnownToTheLauncher() {
    assertThat(Cli.isCommand("validate")).isTrue();
    assertThat(Cli.isCommand("info")).isTrue();
    assertThat(Cli.isCommand("--help")).isTrue();
    assertThat(Cli.isCommand("canvas.toile.json")).isFalse();
  }
}
