package app.toile.versions;

import java.util.Map;
import java.util.Objects;

/**
 * The three-way merge of one record (a segment, a note, the header, the market) field by field:
 * a field only one side changed takes that side's value; a field both changed the same way takes
 * it; a field both changed differently keeps ours and is a conflict.
 */
final class ThreeWay {
  private ThreeWay() {}

  /** What a field conflict says, before it is tied to its segment, note or canvas. */
  record Clash(String field, Object base, Object ours, Object theirs) {}

  /** The value of one field merged, or {@link #CLASH} when both sides changed it differently. */
  static Object pick(Object base, Object ours, Object theirs) {
    if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
      return ours;
    }
    return Objects.equals(ours, base) ? theirs : CLASH;
  }

  /** Marks a field that both sides changed differently. */
  static final Object CLASH = new Object();

  /** The record merged; each field in conflict keeps ours and is added to the clashes. */
  static <R extends Record> R merge(R base, R ours, R theirs, String prefix,
      java.util.List<Clash> clashes) {
    Map<String, Object> b = RecordLeaves.of(base);
    Map<String, Object> o = RecordLeaves.of(ours);
    R merged = ours;
    for (Map.Entry<String, Object> leaf : RecordLeaves.of(theirs).entrySet()) {
      String path = leaf.getKey();
      if (path.equals("id")) {
        continue;
      }
      Object picked = pick(b.get(path), o.get(path), leaf.getValue());
      if (picked == CLASH) {
        clashes.add(new Clash(prefix + path, b.get(path), o.get(path), leaf.getValue()));
      } else if (picked != o.get(path)) {
        merged = RecordLeaves.with(merged, path, picked);
      }
    }
    return merged;
  }
}
