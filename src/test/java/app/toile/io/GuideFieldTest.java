package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Guide;
import app.toile.model.Header;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optional {@code "guide"} field: written while the guide is on, absent otherwise. */
class GuideFieldTest {
  private static final String WITH_GUIDE = """
      {
        "format": "toile-canvas",
        "formatVersion": 1,
        "header": {
          "title": "Guided"
        },
        "guide": {
          "block": "channels"
        }
      }
      """;

  private static String text(Canvas canvas) {
    return new String(CanvasFiles.toBytes(canvas), StandardCharsets.UTF_8);
  }

  private static Canvas read(String json) {
    return CanvasFiles.fromBytes(json.getBytes(StandardCharsets.UTF_8), "guide.toile.json");
  }

  @Test
  void theGuidesBlockIsWrittenAfterTheNotesAndReadBack() {
    Canvas canvas = Canvas.empty().withHeader(Header.EMPTY.withTitle("Guided"))
        .withGuide(Guide.at(Block.CHANNELS));
    assertThat(text(canvas)).isEqualTo(WITH_GUIDE);
    assertThat(read(WITH_GUIDE)).isEqualTo(canvas);
    assertThat(read(WITH_GUIDE).guide().block()).isEqualTo(Block.CHANNELS);
  }

  @Test
  void everyBlockSurvivesARoundTrip() {
    for (Block b : Block.values()) {
      Canvas canvas = Canvas.empty().withGuide(Guide.at(b));
      assertThat(read(text(canvas)).guide()).as(b.key()).isEqualTo(Guide.at(b));
    }
  }

  @Test
  void theGuideOffLeavesNoField() {
    assertThat(text(Canvas.empty())).doesNotContain("guide");
    assertThat(text(Canvas.empty().withGuide(Guide.START).withGuide(null)))
        .doesNotContain("guide");
  }

  @Test
  void aFileWithTheGuideSavesByteIdentically() {
    byte[] file = TestCanvases.bytes("guided.toile.json");
    Canvas canvas = CanvasFiles.fromBytes(file, "guided.toile.json");
    assertThat(canvas.guide()).isEqualTo(Guide.at(Block.CHANNELS));
    assertThat(new String(CanvasFiles.toBytes(canvas), StandardCharsets.UTF_8))
        .isEqualTo(new String(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"complete.toile.json", "minimal.toile.json"})
  void aFileWithoutTheGuideLoadsWithTheGuideOffAndSavesByteIdentically(String name) {
    byte[] file = TestCanvases.bytes(name);
    Canvas canvas = CanvasFiles.fromBytes(file, name);
    assertThat(canvas.guide()).isNull();
    assertThat(new String(CanvasFiles.toBytes(canvas), StandardCharsets.UTF_8))
        .isEqualTo(new String(file, StandardCharsets.UTF_8));
  }

  @Test
  void aNullGuideIsTheGuideOff() {
    assertThat(read("{\"format\": \"toile-canvas\", \"formatVersion\": 1, \"guide\": null}")
        .guide()).isNull();
  }

  @Test
  void fieldsOfANewerToileInsideTheGuideAreKept() {
    String json = WITH_GUIDE.replace("\"block\": \"channels\"",
        "\"block\": \"channels\",\n    \"step\": 3");
    Canvas canvas = read(json);
    assertThat(canvas.guide().extras().fields()).containsEntry("step", "3");
    assertThat(text(canvas)).isEqualTo(json);
  }

  @Test
  void aBlockThisToileDoesNotKnowResumesAtCustomerSegments() {
    Canvas canvas = read(WITH_GUIDE.replace("channels", "partnerships"));
    assertThat(canvas.guide().block()).isEqualTo(Block.CUSTOMER_SEGMENTS);
    assertThat(read(text(canvas))).isEqualTo(canvas);
  }

  @Test
  void aGuideWithoutItsBlockIsOnAtItsStartAndSurvivesASave() {
    for (String guide : new String[] {"{}", "{\"block\": null}", "{\"step\": 3}"}) {
      Canvas canvas = read("{\"format\": \"toile-canvas\", \"formatVersion\": 1, \"guide\": "
          + guide + "}");
      assertThat(canvas.guide().block()).as(guide).isEqualTo(Block.CUSTOMER_SEGMENTS);
      assertThat(read(text(canvas))).as(guide).isEqualTo(canvas);
    }
  }
}
