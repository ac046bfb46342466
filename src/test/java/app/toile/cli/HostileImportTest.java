package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a file holds, an import ends in a report or in one line on stderr: empty files, files
 * over the limit, other encodings, headings only, nesting thousands deep, broken quoting. Never a
 * stack trace, never a hang.
 */
class HostileImportTest {
  @TempDir
  Path dir;

  static List<Arguments> inputs() {
    String deepQuote = "## Channels\n\n" + "> ".repeat(50_000) + "x\n";
    StringBuilder deepList = new StringBuilder("## Channels\n\n");
    for (int i = 0; i < 2_000; i++) {
      deepList.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    String deepEmphasis = "## Channels\n\n- " + "*a _".repeat(50_000) + "\n";
    String deepJson = "[".repeat(100_000) + "]".repeat(100_000);
    String groupsOnly = "{\"nodes\":[{\"id\":\"g\",\"type\":\"group\",\"x\":0,\"y\":0,"
        + "\"width\":10,\"height\":10,\"label\":\"Channels\"}],\"edges\":[]}";
    return List.of(
        Arguments.of("empty.md", bytes(""), Cli.UNREADABLE, "the file is empty"),
        Arguments.of("empty.canvas", bytes(""), Cli.UNREADABLE, "the file is empty"),
        Arguments.of("empty.csv", bytes(""), Cli.UNREADABLE, "the file is empty"),
        Arguments.of("blank.md", bytes("\n\n  \n"), Cli.UNREADABLE, "the file is empty"),
        Arguments.of("latin1.csv", "block,text\nCanaux,Caf\u00e9\n"
            .getBytes(StandardCharsets.ISO_8859_1), Cli.UNREADABLE, ":2:11: not valid UTF-8"),
        Arguments.of("utf16.md", "## Channels\n".getBytes(StandardCharsets.UTF_16),
            Cli.UNREADABLE, ":1:1: not valid UTF-8 (byte 0xFE)"),
        Arguments.of("latin1.canvas", "{\"nodes\":[{\"text\":\"Caf\u00e9\"}]}"
            .getBytes(StandardCharsets.ISO_8859_1), Cli.UNREADABLE, "not valid UTF-8"),
        Arguments.of("headings.md", bytes("## Key Partners\n## Channels\n### Sub\n"), Cli.FINDINGS,
            "read no note in no block"),
        Arguments.of("groups.canvas", bytes(groupsOnly), Cli.OK, "read no note"),
        Arguments.of("header.csv", bytes("block,text,colour,segments\r\n"), Cli.OK, "read no note"),
        Arguments.of("deep-quote.md", bytes(deepQuote), Cli.FINDINGS, "dropped: the quotation"),
        Arguments.of("deep-list.md", bytes(deepList.toString()), Cli.FINDINGS, "dropped: the nested"),
        Arguments.of("deep-emphasis.md", bytes(deepEmphasis), Cli.OK, "read 1 note"),
        Arguments.of("deep.canvas", bytes(deepJson), Cli.UNREADABLE,
            "nested deeper than 64 levels"),
        Arguments.of("list.canvas", bytes("[1, 2]"), Cli.UNREADABLE,
            "a JSON Canvas file is an object"),
        Arguments.of("broken.canvas", bytes("{\"nodes\": [}"), Cli.UNREADABLE, "malformed JSON"),
        Arguments.of("quote.csv", bytes("block,text\nChannels,\"never closed\n"), Cli.UNREADABLE,
            "not a CSV table"),
        Arguments.of("segments.csv", bytes("id,name,need\ns1,A,B\n"), Cli.UNREADABLE,
            "this is a segments table"),
        Arguments.of("nul.md", bytes("## Channels\n\n- a\0b\n"), Cli.UNREADABLE,
            "NUL characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void endsInAReportOrOneLine(String name, byte[] content, int code, String says)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    Path out = dir.resolve(name + ".toile.json");
    long start = System.nanoTime();
    CliRun run = CliRun.of("import", file.toString(), "-o", out.toString());
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(20);
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(code);
    if (code == Cli.UNREADABLE) {
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.err()).startsWith("toile: " + file).contains(says);
      assertThat(out).doesNotExist();
    } else {
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).contains(says);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("huge")
  void aFileOverTheLimitIsOneLine(String name) throws IOException {
    Path file = dir.resolve(name);
    byte[] chunk = "- a note that repeats\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(file)) {
      for (long written = 0; written <= 20L * 1024 * 1024; written += chunk.length) {
        out.write(chunk);
      }
    }
    CliRun run = CliRun.of("import", file.toString(), "-o", dir.resolve("o.toile.json").toString());
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("the file is too large", "the limit is 20 MB");
  }

  static List<String> huge() {
    return List.of("huge.md", "huge.canvas", "huge.csv");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
