package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A loaded canvas holds each segment id once: links to a segment share its id's String. */
class SharedIdsTest {

  @Test
  void linksToSegmentsReadBeforeThemShareTheSegmentsId() {
    Canvas canvas = CanvasFiles.fromBytes("""
        {"format": "toile-canvas", "formatVersion": 1,
         "segments": [{"id": "seg-a", "name": "A"}, {"id": "seg-b", "dependsOn": ["seg-a", "x"]}],
         "notes": {"channels": [{"id": "n1", "text": "t", "segmentIds": ["seg-b", "gone", "seg-a"]}]}}
        """.getBytes(StandardCharsets.UTF_8), "ids.toile.json");
    String a = canvas.segments().get(0).id();
    String b = canvas.segments().get(1).id();
    assertThat(canvas.segments().get(1).dependsOn()).containsExactly("seg-a", "x");
    assertThat(canvas.segments().get(1).dependsOn().get(0)).isSameAs(a);
    var links = canvas.notes(Block.CHANNELS).get(0).segmentIds();
    assertThat(links).containsExactly("seg-b", "gone", "seg-a");
    assertThat(links.get(0)).isSameAs(b);
    assertThat(links.get(2)).isSameAs(a);
  }
}
