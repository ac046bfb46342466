package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks made before the editor starts: a mistyped command, no display. */
class EditorStartTest {
  private static final String NO_DISPLAY = "toile: the editor needs a display (no DISPLAY or"
      + " WAYLAND_DISPLAY is set); without one, use toile validate, info or export"
      + " (see toile --help)\n";

  @TempDir
  Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private OptionalInt check(boolean display, String... args) {
    return EditorStart.check(args, display, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aWordThatIsNoFileIsAnUnknownCommand() {
    assertThat(check(true, "frobnicate")).hasValue(Cli.USAGE);
    assertThat(err()).isEqualTo("toile: unknown command frobnicate (see toile --help)\n");
  }

  @Test
  void aWordIsEscapedLikeEveryOtherLine() {
    assertThat(check(true, "\u001b[2Jfrob")).hasValue(Cli.USAGE);
    assertThat(err()).isEqualTo("toile: unknown command \\u001B[2Jfrob (see toile --help)\n");
  }

  @Test
  void filesAndEditStartTheEditorWhenThereIsADisplay() throws IOException {
    Path word = Files.writeString(dir.resolve("frobnicate"), "{}");
    assertThat(check(true, word.toString())).isEmpty();
    assertThat(check(true, "missing.toile.json")).as("the editor says it is missing").isEmpty();
    assertThat(check(true, "edit")).isEmpty();
    assertThat(check(true, "edit", "frobnicate")).isEmpty();
    assertThat(check(true)).isEmpty();
    assertThat(err()).isEmpty();
  }

  @Test
  void withoutADisplayTheEditorIsNotStarted() throws IOException {
    Path file = Files.writeString(dir.resolve("c.toile.json"), "{}");
    assertThat(check(false, file.toString())).hasValue(Cli.USAGE);
    assertThat(err()).isEqualTo(NO_DISPLAY);
    err.reset();
    assertThat(check(false, "edit")).hasValue(Cli.USAGE);
    assertThat(check(false)).hasValue(Cli.USAGE);
    assertThat(err()).isEqualTo(NO_DISPLAY + NO_DISPLAY);
  }

  @Test
  void aDisplayIsToldByTheEnvironmentOnLinuxOnly() {
    assertThat(EditorStart.displayAvailable(Map.of(), "Linux", null)).isFalse();
    assertThat(EditorStart.displayAvailable(Map.of("DISPLAY", ""), "Linux", null)).isFalse();
    assertThat(EditorStart.displayAvailable(Map.of("DISPLAY", ":0"), "Linux", null)).isTrue();
    assertThat(EditorStart.displayAvailable(Map.of("WAYLAND_DISPLAY", "wayland-0"), "FreeBSD",
        null)).isTrue();
    assertThat(EditorStart.displayAvailable(Map.of(), "Linux", "Monocle")).isTrue();
    assertThat(EditorStart.displayAvailable(Map.of(), "Mac OS X", null)).isTrue();
    assertThat(EditorStart.displayAvailable(Map.of(), "Windows 11", null)).isTrue();
  }
}
