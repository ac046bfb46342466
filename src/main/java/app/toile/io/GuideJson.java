package app.toile.io;

import app.toile.model.Block;
import app.toile.model.Guide;

/**
 * The canvas's optional {@code "guide"} object, {@code {"block": "channels"}}: where the guided
 * flow stood when the file was saved. A missing block, or a key this Toile does not know, reads as
 * customer segments, the guide's start, rather than refusing the file; so {@code {}} is a guide at
 * its start, and saving it writes that block, which reads back the same. Kept apart from the
 * canvas's own mapping so that it can move to a file of its own.
 */
final class GuideJson {
  private GuideJson() {}

  /** The guide of the object, or null (the guide is off) when there is none. */
  static Guide read(Fields f) {
    if (f == null) {
      return null;
    }
    String key = f.text("block");
    Block block = key == null ? null : Block.fromKey(key);
    return new Guide(block == null ? Block.CUSTOMER_SEGMENTS : block, f.extras());
  }

  /** The object to write; empty (so left out) when the guide is off. */
  static JsonTree write(Guide guide) {
    JsonTree tree = new JsonTree();
    return guide == null ? tree
        : tree.put("block", guide.resumeAt().key())
            .extras(guide.extras());
  }
}
