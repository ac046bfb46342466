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

  private static String text(CanvasFile file) {
    return new String(CanvasFiles.toBytes(file), StandardCharsets.UTF_8);
  }

  private static CanvasFile read(String json) {
    return CanvasFiles.read(json.getBytes(StandardCharsets.UTF_8), "guide.toile.json");
  }

  @Test
  void theGuidesBlockIsWrittenAfterTheNotesAndReadBack() {
    CanvasFile file = new CanvasFile(Canvas.empty().withHeader(Header.EMPTY.withTitle("Guided")),
        Guide.at(Block.CHANNELS));
    assertThat(text(file)).isEqualTo(WITH_GUIDE);
    assertThat(read(WITH_GUIDE)).isEqualTo(file);
    assertThat(read(WITH_GUIDE).guide().block()).isEqualTo(Block.CHANNELS);
    // The guide is beside the canvas, not in it: the canvas alone is the same with or without it.
    assertThat(CanvasFiles.fromBytes(WITH_GUIDE.getBytes(StandardCharsets.UTF_8), "g"))
        .isEqualTo(file.canvas());
  }

  @Test
  void everyBlockSurvivesARoundTrip() {
    for (Block b : Block.values()) {
      CanvasFile file = new CanvasFile(Canvas.empty(), Guide.at(b));
      assertThat(read(text(file)).guide()).as(b.key()).isEqualTo(Guide.at(b));
    }
  }

  @Test
  void theGuideOffLeavesNoField() {
    assertThat(text(CanvasFile.of(Canvas.empty()))).doesNotContain("guide");
    assertThat(text(new CanvasFile(Canvas.empty(), null))).doesNotContain("guide");
  }

  @Test
  void aFileWithTheGuideSavesByteIdentically() {
    byte[] file = TestCanvases.bytes("guided.toile.json");
    CanvasFile canvas = CanvasFiles.read(file, "guided.toile.json");
    assertThat(canvas.guide()).isEqualTo(Guide.at(Block.CHANNELS));
    assertThat(new String(CanvasFiles.toBytes(canvas), StandardCharsets.UTF_8))
        .isEqualTo(new String(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"complete.toile.json", "minimal.toile.json"})
  void aFileWithoutTheGuideLoadsWithTheGuideOffAndSavesByteIdentically(String name) {
    byte[] file = TestCanvases.bytes(name);
    CanvasFile canvas = CanvasFiles.read(file, name);
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
    CanvasFile canvas = read(json);
    assertThat(canvas.guide().extras().fields()).containsEntry("step", "3");
    assertThat(text(canvas)).isEqualTo(json);
  }

  @Test
  void aBlockThisToileDoesNotKnowResumesAtCustomerSegments() {
    CanvasFile canvas = read(WITH_GUIDE.replace("channels", "partnerships"));
    assertThat(canvas.guide().block()).isEqualTo(Block.CUSTOMER_SEGMENTS);
    assertThat(read(text(canvas))).isEqualTo(canvas);
  }

  @Test
  void aGuideWithoutItsBlockIsOnAtItsStartAndSurvivesASave() {
    for (String guide : new String[] {"{}", "{\"block\": null}", "{\"step\": 3}"}) {
      CanvasFile canvas = read("{\"format\": \"toile-canvas\", \"formatVersion\": 1, \"guide\": "
          + guide + "}");
      assertThat(canvas.guide().block()).as(guide).isEqualTo(Block.CUSTOMER_SEGMENTS);
      assertThat(read(text(canvas))).as(guide).isEqualTo(canvas);
    }
  }
}
