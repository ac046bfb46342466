package app.toile.io;

import app.toile.model.Block;
import app.toile.model.Guide;
import java.util.Map;

/**
 * The canvas's optional {@code "guide"} object, {@code {"block": "channels"}}: where the guided
 * flow stood when the file was saved. A missing block, or a key this Toile does not know, reads as
 * customer segments, the guide's start, rather than refusing the file; so {@code {}} is a guide at
 * its start, and saving it writes that block, which reads back the same.
 */
final class GuideJson {
  private GuideJson() {}

  /** Reads the object the input has entered. */
  static Guide read(JsonInput in) {
    Block block = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      if ("block".equals(in.name())) {
        String key = in.text();
        block = key == null ? null : Block.fromKey(key);
      } else {
        unknown = in.keep(unknown);
      }
    }
    return new Guide(block == null ? Block.CUSTOMER_SEGMENTS : block, JsonInput.extras(unknown));
  }

  /** The object to write; empty (so left out) when the guide is off. */
  static JsonTree write(Guide guide) {
    JsonTree tree = new JsonTree();
    return guide == null ? tree
        : tree.text("block", guide.resumeAt().key())
            .extras(guide.extras());
  }
}
