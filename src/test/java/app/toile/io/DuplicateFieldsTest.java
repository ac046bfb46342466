package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.model.Canvas;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A name given twice in one object is refused wherever it stands, with its line and column: in
 * the canvas's own objects, in a note, in the value of an unknown field, in an object of many
 * fields. The same name in two objects is no duplicate.
 */
class DuplicateFieldsTest {

  @Test
  void aNoteWithTwoTextsIsRefusedAtTheSecond() {
    assertRefused("""
        {"format": "toile-canvas", "formatVersion": 1,
         "notes": {"channels": [{"id": "n1", "text": "a",
                                 "text": "b"}]}}
        """, 3, 32, "duplicate field \"text\"");
  }

  @Test
  void aRepeatedNameInsideAnUnknownFieldIsRefused() {
    assertRefused("""
        {"format": "toile-canvas", "formatVersion": 1,
         "layout": {"zoom": 1, "panes": [{"a": 1, "a": 2}]}}
        """, 2, 46, "duplicate field \"a\"");
  }

  @Test
  void aRepeatedNameAmongManyFieldsIsRefused() {
    String many = IntStream.range(0, 40).mapToObj(i -> "\"f" + i + "\": " + i)
        .collect(Collectors.joining(", "));
    assertRefused("{\"format\": \"toile-canvas\", \"formatVersion\": 1, \"header\": {" + many
        + ", \"f7\": 0}}", 1, 483, "duplicate field \"f7\"");
  }

  @Test
  void theSameNamesInSiblingAndNestedObjectsAreNoDuplicates() {
    String many = IntStream.range(0, 40).mapToObj(i -> "\"f" + i + "\": {\"f" + i + "\": 1}")
        .collect(Collectors.joining(", "));
    Canvas canvas = load("""
        {"format": "toile-canvas", "formatVersion": 1, "header": {"title": "t", %s},
         "notes": {"channels": [{"id": "n1", "text": "a"}, {"id": "n2", "text": "a"}],
                   "revenueStreams": [{"id": "n3", "text": "a", "x": {"text": 1, "y": {"text": 2}}}]}}
        """.formatted(many));
    assertThat(canvas.header().extras().fields()).hasSize(40).containsEntry("f39", "{\"f39\":1}");
    assertThat(canvas.noteCount()).isEqualTo(3);
  }

  private static void assertRefused(String json, int line, int column, String reason) {
    assertThatThrownBy(() -> load(json)).isInstanceOfSatisfying(CanvasFileException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.line()).as("line").isEqualTo(line);
      assertThat(e.column()).as("column").isEqualTo(column);
    });
  }

  private static Canvas load(String json) {
    return CanvasFiles.fromBytes(json.getBytes(StandardCharsets.UTF_8), "dup.toile.json");
  }
}
