package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing a canvas file or a file name holds reaches the terminal as a control character: every
 * output of the command line shows them as visible escapes.
 */
class TerminalSafetyTest {
  /** Clears the screen, sets the window title, rings, cuts the line, reverses the text. */
  private static final String EVIL = "\\u001b[2J\\u001b]0;pwned\\u0007\\u0000\\r\\t\\u202eX"
      + "\\u009b1A\\u007f\\u2066\\u2028";

  @TempDir
  Path dir;
  String crafted;

  @BeforeEach
  void writeCraftedCanvas() throws IOException {
    crafted = write("crafted.toile.json", """
        {"format": "toile-canvas", "formatVersion": 1,
         "header": {"title": "T%1$s", "designedBy": "B%1$s"},
         "segments": [{"id": "s%1$s", "name": "N%1$s", "status": "FOCUS"},
                      {"id": "t", "name": "M%1$s", "status": "FOCUS"}]}
        """.formatted(EVIL));
  }

  private String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x00, 0x07, 0x08, 0x09, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F,
      0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069})
  void everyUnsafeCharacterIsShownAsAnEscape(int code) {
    String hex = String.format("%04X", code);
    assertThat(TerminalText.escape("a" + (char) code + "b")).isEqualTo("a\\u" + hex + "b");
  }

  @Test
  void lineFeedsAndOrdinaryTextStayAsTheyAre() {
    String text = "Titre\u00a0: café\n  1. [Focus] \u201cParis\u201d 1\u202f000 \u2070 \u2065 \u202f";
    assertThat(TerminalText.escape(text)).isSameAs(text);
  }

  @Test
  void infoShowsControlCharactersOfTitlesAndNamesEscaped() {
    CliRun run = CliRun.of("info", "--lang", "en", crafted);
    assertThat(run.code()).isEqualTo(Cli.OK);
    assertNothingUnsafe(run);
    String shown = "\\u001B[2J\\u001B]0;pwned\\u0007\\u0000\\u000D\\u0009\\u202EX\\u009B1A\\u007F"
        + "\\u2066\\u2028";
    assertThat(run.out()).contains("Title: T" + shown + "\n", "Designed by: B" + shown + "\n",
        "  1. [Focus] N" + shown + "\n");
  }

  @Test
  void theTextReportShowsThemEscaped() {
    CliRun run = CliRun.of("validate", "--lang", "en", crafted);
    assertNothingUnsafe(run);
    assertThat(run.out()).contains("N\\u001B[2J", "M\\u001B[2J");
  }

  @Test
  void theJsonReportEscapesThemAll() {
    CliRun run = CliRun.of("validate", "--format", "json", "--lang", "en", crafted);
    assertNothingUnsafe(run);
    assertThat(run.out()).contains("\"s\\u001b[2J\\u001b]0;pwned\\u0007\\u0000\\r\\t\\u202eX"
        + "\\u009b1A\\u007f\\u2066\\u2028\"");
  }

  @Test
  void errorsShowFileNamesAndQuotedTextEscaped() throws IOException {
    CliRun missing = CliRun.of("info", dir.resolve("x\u001b[2K\u202e.json").toString());
    assertThat(missing.code()).isEqualTo(Cli.UNREADABLE);
    assertNothingUnsafe(missing);
    assertThat(missing.err()).contains("x\\u001B[2K\\u202E.json: cannot read");
    String bad = write("bad.toile.json", "{\"format\": \"toile-canvas\", \"formatVersion\": 1,"
        + " \"strategy\": \"\\u009b2J\\u202e\\u007f\"}");
    CliRun quoted = CliRun.of("validate", bad);
    assertNothingUnsafe(quoted);
    assertThat(quoted.err()).endsWith("found \"\\u009B2J\\u202E\\u007F\"\n");
    CliRun usage = CliRun.of("info", "--lang", "\u001b[31mde", crafted);
    assertNothingUnsafe(usage);
    assertThat(usage.err()).contains("not '\\u001B[31mde'");
  }

  private static void assertNothingUnsafe(CliRun run) {
    for (String stream : new String[] {run.out(), run.err()}) {
      assertThat(stream.chars().filter(c -> c != '\n' && TerminalText.isUnsafe((char) c)))
          .as("unsafe characters in %s", stream).isEmpty();
    }
  }
}
