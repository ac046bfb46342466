package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Extras;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fields written by a newer Toile of the same format version survive a load and a save. */
class UnknownFieldsTest {
  private final Canvas canvas = CanvasFiles.fromBytes(
      TestCanvases.bytes("unknown-fields.toile.json"), "unknown-fields.toile.json");

  @Test
  void unknownFieldsAreKeptAtEveryLevelAsJsonText() {
    assertThat(canvas.extras().fields()).containsExactly(
        Map.entry("theme", "\"dark\""),
        Map.entry("layout", "{\"zoom\":1.25,\"collapsed\":null}"));
    assertThat(canvas.header().extras().fields()).containsExactly(
        Map.entry("subtitle", "\"kept as it is\""));
    CustomerSegment s = canvas.segments().get(0);
    assertThat(s.extras().fields()).containsExactly(Map.entry("priority", "1"));
    assertThat(s.evaluation().extras().fields()).containsExactly(
        Map.entry("trend", "{\"direction\":\"up\",\"since\":2024,\"ratio\":1.50}"));
    assertThat(s.profile().demographic().extras().fields()).containsExactly(
        Map.entry("languages", "[\"fr\",\"en\"]"));
    assertThat(canvas.notes(Block.CHANNELS).get(0).extras().fields()).containsExactly(
        Map.entry("pinned", "true"));
  }

  @Test
  void knownFieldsAroundThemLoadAsUsual() {
    CustomerSegment s = canvas.segments().get(0);
    assertThat(canvas.header().title()).isEqualTo("From a newer Toile");
    assertThat(s.evaluation().painDepth()).isEqualTo(5);
    assertThat(s.profile().demographic().ageMin()).isEqualTo(30);
  }

  @Test
  void unknownFieldsAreWrittenBackAfterTheKnownOnesUnchanged() {
    String written = new String(CanvasFiles.toBytes(canvas), StandardCharsets.UTF_8);
    String expected = TestCanvases.text("unknown-fields.toile.json")
        // Toile writes known fields in the model's order: profile before evaluation.
        .replace("""
                  "evaluation": {
                    "painDepth": 5,
                    "trend": {
                      "direction": "up",
                      "since": 2024,
                      "ratio": 1.50
                    }
                  },
                  "profile": {
                    "demographic": {
                      "ageMin": 30,
                      "languages": [
                        "fr",
                        "en"
                      ]
                    }
                  },
            """, """
                  "profile": {
                    "demographic": {
                      "ageMin": 30,
                      "languages": [
                        "fr",
                        "en"
                      ]
                    }
                  },
                  "evaluation": {
                    "painDepth": 5,
                    "trend": {
                      "direction": "up",
                      "since": 2024,
                      "ratio": 1.50
                    }
                  },
            """);
    assertThat(written).isEqualTo(expected);
    assertThat(CanvasFiles.fromBytes(written.getBytes(StandardCharsets.UTF_8), "again"))
        .isEqualTo(canvas);
  }

  @Test
  void anExtraNamedLikeAKnownFieldIsNeverWritten() {
    // Only code can make such extras; writing them would give the file a duplicate key.
    Canvas withClash = new Canvas(null, null, null, null, null, null,
        new Extras(Map.of("freeNotes", "\"sneaky\"", "format", "\"other\"")));
    assertThat(CanvasFiles.toBytes(withClash)).isEqualTo(CanvasFiles.toBytes(Canvas.empty()));
  }
}
