package app.toile.versions;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.validation.Finding;
import app.toile.validation.FindingCode;
import app.toile.validation.Target;
import app.toile.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validator's findings that appeared (in the later canvas only) or went away (in the earlier
 * only), in the validator's order. A finding is the same when its code and target are: a score
 * that goes from 7 to 9 is still the one range finding, not one gone and one new.
 */
final class FindingChanges {
  private FindingChanges() {}

  private record Key(FindingCode code, Target target) {
    static Key of(Finding f) {
      return new Key(f.code(), f.target());
    }
  }

  static List<Change> of(Canvas earlier, Canvas later) {
    List<Finding> before = Validator.validate(earlier);
    List<Finding> after = Validator.validate(later);
    List<Change> changes = new ArrayList<>();
    for (Finding f : without(after, before)) {
      changes.add(new Change(Kind.ADDED, place(f, later), null, null, f));
    }
    for (Finding f : without(before, after)) {
      changes.add(new Change(Kind.REMOVED, place(f, earlier), null, f, null));
    }
    return changes;
  }

  /** The findings of the first list that the second does not have, as many times as it lacks. */
  private static List<Finding> without(List<Finding> these, List<Finding> others) {
    Map<Key, Integer> count = new HashMap<>();
    others.forEach(f -> count.merge(Key.of(f), 1, Integer::sum));
    List<Finding> left = new ArrayList<>();
    for (Finding f : these) {
      Integer n = count.get(Key.of(f));
      if (n == null || n == 0) {
        left.add(f);
      } else {
        count.put(Key.of(f), n - 1);
      }
    }
    return left;
  }

  private static Place place(Finding f, Canvas canvas) {
    Target t = f.target();
    Block block = switch (t.kind()) {
      case SEGMENT -> Block.CUSTOMER_SEGMENTS;
      case NOTE -> canvas.findNote(t.id()).map(Canvas.NotePlace::block).orElse(null);
      case CANVAS -> null;
    };
    return new Place(Place.Part.FINDING, block, t.id(), t.field());
  }
}
