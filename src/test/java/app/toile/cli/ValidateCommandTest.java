package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.io.CanvasFileException;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStrategy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code toile validate} on canvases served from memory: reports, languages and exit codes. */
class ValidateCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final Map<String, Canvas> FILES = Map.of(
      "empty.json", Canvas.empty(),
      "info.json", Canvas.empty().withSegments(List.of(CustomerSegment.named("s1", "Quo\"te")
          .withNeed("n").withStatus(app.toile.model.SegmentStatus.FOCUS)))
          .withStrategy(SegmentStrategy.NICHE));

  private int run(String... args) {
    ValidateCommand command = new ValidateCommand(path -> {
      Canvas c = FILES.get(path.toString());
      if (c == null) {
        throw new CanvasFileException(path.toString(), "cannot read: no such file", null);
      }
      return c;
    });
    return command.run(Invocation.parse(command, List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void errorsGiveOneAndAreGroupedBySeverity() {
    assertThat(run("--lang", "en", "empty.json")).isEqualTo(Cli.FINDINGS);
    assertThat(out()).contains("empty.json", "  Error (1)", "    CANVAS_NO_SEGMENT  canvas/segments",
        "  Info (1)", "    STRATEGY_UNSET  canvas/strategy", "1 error, no warning, 1 info");
    assertThat(out().indexOf("Error (1)")).isLessThan(out().indexOf("Info (1)"));
  }

  @Test
  void warningsAndInfosAloneGiveZero() {
    assertThat(run("--lang", "en", "info.json")).isEqualTo(Cli.OK);
    assertThat(out()).contains("no error", "Ranking: 1. \u201cQuo\"te\u201d (no score)");
  }

  @Test
  void frenchOnRequest() {
    run("--lang", "fr", "empty.json");
    assertThat(out()).contains("Erreur (1)", "1 erreur, aucun avertissement, 1 information",
        "La toile n’a aucun segment");
  }

  @Test
  void anUnreadableFileGivesTwoWhateverTheOthers() {
    assertThat(run("--lang", "en", "empty.json", "missing.json", "info.json"))
        .isEqualTo(Cli.UNREADABLE);
    assertThat(err()).isEqualTo("toile: missing.json: cannot read: no such file\n");
    assertThat(out()).contains("empty.json", "info.json");
  }

  @Test
  void jsonReportHasTheContractsShape() {
    assertThat(run("--format", "json", "--lang", "en", "info.json", "missing.json"))
        .isEqualTo(Cli.UNREADABLE);
    String json = out();
    assertThat(json).startsWith("{\n  \"files\": [\n    {\n      \"file\": \"info.json\",");
    assertThat(json).contains(
        "{\"code\": \"SEGMENT_NO_CRITERIA\", \"severity\": \"WARNING\", "
            + "\"target\": \"segment:s1/profile\", \"segmentId\": \"s1\", \"field\": \"profile\", "
            + "\"message\": \"The segment \u201cQuo\\\"te\u201d has no demographic",
        "\"ranking\": [\"s1\"]",
        "\"attractiveness\": {\"s1\": null}",
        "\"summary\": {\"error\": 0, \"warning\": 1, \"info\": 4}",
        "{\n      \"file\": \"missing.json\",\n      \"error\": \"missing.json: cannot read: no such file\"\n    }");
    assertThat(err()).isEmpty();
  }

  @Test
  void badUsageIsRefused() {
    assertThatThrownBy(() -> run()).isInstanceOf(UsageException.class)
        .hasMessage("validate needs at least one FILE");
    assertThatThrownBy(() -> run("--format", "xml", "empty.json"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--format must be text or json, not 'xml'");
    assertThatThrownBy(() -> run("--verbose", "empty.json")).isInstanceOf(UsageException.class);
  }

  @Test
  void jsonStringsAreEscaped() {
    assertThat(JsonText.string("a\"b\\c\n\t\u0001\u2028é")).isEqualTo(
        "\"a\\\"b\\\\c\\n\\t\\u0001\\u2028é\"");
    assertThat(JsonText.string(null)).isEqualTo("null");
    assertThat(JsonText.number(4.0)).isEqualTo("4");
    assertThat(JsonText.number(3.5)).isEqualTo("3.5");
    assertThat(JsonText.number(Double.NaN)).isEqualTo("null");
  }
}
