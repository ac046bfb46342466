package app.toile.io;

import app.toile.model.MergeConflict;
import java.util.List;

/**
 * The optional {@code "conflicts"} list to and from the model: what a three-way merge
 * ({@code toile merge}) left for the founder to decide. Each names the segment or note and the
 * field, and holds the three values as JSON values of any type, kept exactly as written.
 */
final class ConflictMapping {
  private ConflictMapping() {}

  static List<MergeConflict> conflicts(List<Fields> list) {
    return list.stream().map(ConflictMapping::conflict).toList();
  }

  private static MergeConflict conflict(Fields f) {
    return new MergeConflict(f.text("segmentId"), f.text("noteId"), f.text("field"),
        f.text("subject"), f.raw("base"), f.raw("ours"), f.raw("theirs"), f.extras());
  }

  static JsonTree conflict(MergeConflict c) {
    return new JsonTree()
        .put("segmentId", c.segmentId())
        .put("noteId", c.noteId())
        .put("field", c.field())
        .put("subject", c.subject())
        .put("base", raw("base", c.base()))
        .put("ours", raw("ours", c.ours()))
        .put("theirs", raw("theirs", c.theirs()))
        .extras(c.extras());
  }

  private static Object raw(String name, String json) {
    return json == null ? null : RawJson.parse(name, json);
  }
}
