package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be read, for a reason the loader names or for one it did not foresee, is
 * reported in one line as unreadable, and the other files of the run still get their results.
 */
class UnreadableFilesTest {
  @TempDir
  Path dir;
  String good;
  String huge;

  @BeforeEach
  void copyCanvases() throws IOException {
    good = copy("complete.toile.json");
    huge = copy("bad-huge-amount.toile.json");
  }

  private String copy(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/canvases/" + name)) {
      Path target = dir.resolve(name);
      Files.copy(in, target);
      return target.toString();
    }
  }

  @Test
  void aNumberNoTypeHoldsMakesItsFileUnreadableInTheJsonReport() {
    CliRun run = CliRun.of("validate", "--format", "json", "--lang", "en", good, huge, good);
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"error\": " + JsonText.string(huge
        + ":9:25: \"budgetAmount\" must be a number Toile can hold (at most 1000 digits written"
        + " out), found 1e9999999999"));
    assertThat(run.out().split("\"summary\"")).hasSize(3);
  }

  @Test
  void aNumberNoTypeHoldsGivesOneLineInTextAndInfo() {
    CliRun validate = CliRun.of("validate", "--lang", "en", huge, good);
    assertThat(validate.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(validate.err()).isEqualTo("toile: " + huge + ":9:25: \"budgetAmount\" must be a"
        + " number Toile can hold (at most 1000 digits written out), found 1e9999999999\n");
    assertThat(validate.out()).startsWith(good + "\n");
    CliRun info = CliRun.of("info", huge);
    assertThat(info.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(info.err()).isEqualTo(validate.err());
    assertThat(info.out()).isEmpty();
  }

  @Test
  void anUnforeseenFailureOfOneFileLeavesTheOthersToRun() {
    ValidateCommand command = new ValidateCommand(path -> {
      if (path.toString().equals("bug.json")) {
        throw new IllegalStateException("a bug\non two lines");
      }
      return CanvasFiles.load(path);
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    for (String format : List.of("text", "json")) {
      out.reset();
      err.reset();
      int code = command.run(Invocation.parse(command,
          List.of("--format", format, "--lang", "en", good, "bug.json", good),
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)));
      assertThat(code).isEqualTo(Cli.UNREADABLE);
      String line = "bug.json: cannot read: unexpected error"
          + " (java.lang.IllegalStateException: a bug on two lines)";
      if (format.equals("text")) {
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("toile: " + line + "\n");
        assertThat(out.toString(StandardCharsets.UTF_8).split("1 error, 1 warning")).hasSize(3);
      } else {
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"error\": \"" + line + "\"")
            .containsSubsequence("\"summary\"", "bug.json", "\"summary\"");
      }
    }
  }

  @Test
  void aNameThatIsNoPathIsUnreadableAndTheOthersRun() {
    CliRun validate = CliRun.of("validate", "--lang", "en", "a\u0000b", good);
    assertThat(validate.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(validate.err()).isEqualTo(
        "toile: a\\u0000b: cannot read: not a valid file name (Nul character not allowed)\n");
    assertThat(validate.out()).startsWith(good + "\n");
    CliRun info = CliRun.of("info", "a\u0000b");
    assertThat(info.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(info.err()).isEqualTo(validate.err());
  }

  @Test
  void anUnforeseenFailureInInfoIsOneLine() {
    InfoCommand command = new InfoCommand((invocation, file) -> {
      throw new ArithmeticException("overflow");
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(Invocation.parse(command, List.of(good),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertThat(code).isEqualTo(Cli.UNREADABLE);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("toile: " + good
        + ": cannot read: unexpected error (java.lang.ArithmeticException: overflow)\n");
    assertThat(out.size()).isZero();
  }
}
