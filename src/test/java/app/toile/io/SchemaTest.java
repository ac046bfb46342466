package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON Schema accepts what Toile reads and writes, and refuses what it refuses. */
class SchemaTest {

  private static Set<ValidationMessage> check(byte[] json) throws IOException {
    return CanvasSchema.check(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"complete.toile.json", "minimal.toile.json", "unknown-fields.toile.json",
      "out-of-range.toile.json", "guided.toile.json", "snapshots.toile.json"})
  void handWrittenCanvasesAndWhatToileWritesOfThemMatchTheSchema(String name) throws IOException {
    byte[] file = TestCanvases.bytes(name);
    assertThat(check(file)).isEmpty();
    assertThat(check(CanvasFiles.toBytes(CanvasFiles.fromBytes(file, name)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad-not-a-canvas.toile.json", "bad-wrong-format.toile.json",
      "bad-newer-version.toile.json", "bad-no-version.toile.json", "bad-score-text.toile.json",
      "bad-score-fraction.toile.json", "bad-age-text.toile.json", "bad-unknown-status.toile.json",
      "bad-date.toile.json", "bad-segment-without-id.toile.json", "bad-note-without-id.toile.json",
      "bad-null-segment.toile.json", "bad-unknown-block.toile.json",
      "bad-dependson-number.toile.json", "bad-top-level-list.toile.json", "bad-blank-id.toile.json",
      "bad-version-zero.toile.json"})
  void canvasesToileRefusesBreakTheSchemaToo(String name) throws IOException {
    assertThat(check(TestCanvases.bytes(name))).isNotEmpty();
  }
}
