package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.model.Block;
import app.toile.model.Canvas;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Thousands of ids in a small file still catch a duplicate, links to segments share their ids,
 * and each note keeps its own links.
 */
class ManyIdsTest {

  @Test
  void manyShortIdsInASmallFileOutgrowTheGuessAndStillCatchADuplicate() {
    StringBuilder json = new StringBuilder("""
        {"format": "toile-canvas", "formatVersion": 1, "segments": [""");
    for (int i = 0; i < 3_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\"}");
    }
    json.append("], \"notes\": {\"channels\": [{\"id\": \"n\", \"segmentIds\": [\"2999\", \"7\"]}]}}");
    Canvas canvas = CanvasFiles.fromBytes(bytes(json.toString()), "many.toile.json");
    assertThat(canvas.segments()).hasSize(3_000);
    var links = canvas.notes(Block.CHANNELS).get(0).segmentIds();
    assertThat(links.get(0)).isSameAs(canvas.segments().get(2_999).id());
    assertThat(links.get(1)).isSameAs(canvas.segments().get(7).id());

    String twice = json.toString().replace("{\"id\": \"n\"", "{\"id\": \"1234\"");
    assertThatThrownBy(() -> CanvasFiles.fromBytes(bytes(twice), "many.toile.json"))
        .hasMessageContaining("duplicate id \"1234\", already used on line 1");
  }

  @Test
  void aLinkToANoteOrToNothingIsKeptAsWrittenAndEachNoteKeepsItsOwnLinks() {
    Canvas canvas = CanvasFiles.fromBytes(bytes("""
        {"format": "toile-canvas", "formatVersion": 1,
         "segments": [{"id": "s1"}, {"id": "s2"}],
         "notes": {"channels": [
           {"id": "n1", "segmentIds": ["s2", "n2", "s1"]},
           {"id": "n2", "segmentIds": []},
           {"id": "n3", "segmentIds": null},
           {"id": "n4", "segmentIds": ["s1", "s1", "nowhere", "s2"]}],
          "revenueStreams": [{"id": "n5", "segmentIds": ["s1"]}]}}
        """), "links.toile.json");
    var channels = canvas.notes(Block.CHANNELS);
    assertThat(channels).extracting(n -> n.id()).containsExactly("n1", "n2", "n3", "n4");
    assertThat(channels.get(0).segmentIds()).containsExactly("s2", "n2", "s1");
    assertThat(channels.get(0).segmentIds().get(1)).isNotSameAs(channels.get(1).id());
    assertThat(channels.get(1).segmentIds()).isEmpty();
    assertThat(channels.get(2).segmentIds()).isEmpty();
    assertThat(channels.get(3).segmentIds()).containsExactly("s1", "s1", "nowhere", "s2");
    assertThat(canvas.notes(Block.REVENUE_STREAMS).get(0).segmentIds()).containsExactly("s1");
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
