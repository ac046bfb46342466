package app.toile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's entry point, run as {@code java -jar} runs it, in a process of its own with no display:
 * what is not a command never ends in a window toolkit's stack trace.
 */
class LauncherTest {
  @TempDir
  Path dir;

  /** The exit code and the error stream of the launcher run with these arguments. */
  private record Run(int code, String err) {}

  private static Run launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("DISPLAY");
    builder.environment().remove("WAYLAND_DISPLAY");
    Process p = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), err);
  }

  @Test
  void anUnknownWordIsBadUsageInOneLine() throws Exception {
    Run run = launch("frobnicate");
    assertThat(run.err()).isEqualTo("toile: unknown command frobnicate (see toile --help)\n");
    assertThat(run.code()).isEqualTo(64);
  }

  @Test
  void aFileWithoutADisplaySaysTheEditorNeedsOne() throws Exception {
    Path file = Files.writeString(dir.resolve("c.toile.json"),
        "{\"format\": \"toile-canvas\", \"formatVersion\": 1}");
    Run run = launch(file.toString());
    assertThat(run.err()).startsWith("toile: the editor needs a display (").hasLineCount(1);
    assertThat(run.code()).isEqualTo(64);
  }
}
