package app.toile.validation;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a canvas against the rules of the domain and returns what it finds. A pure function:
 * it never changes the canvas and never blocks editing, saving or loading. Rules are independent:
 * none hides another, and a value out of range is reported once and read as unset everywhere else.
 *
 * <p>The cost is near linear in the number of segments and notes: look-alike segments are found by
 * hashing, links through hash sets; nothing compares every pair.
 *
 * <p>Order of the findings, always the same for the same canvas: first those about the canvas,
 * then those about each segment in the canvas's order, then those about notes in block order
 * (fill order) and their order in the block. For one target, findings come in the order of
 * {@link FindingCode}'s declaration (the contract's table), then field order (ages, the five scores
 * in question order, share, size, amount, count; links by position).
 */
public final class Validator {
  private Validator() {}

  /** All findings of a canvas, in the documented order. */
  public static List<Finding> validate(Canvas canvas) {
    return validate(canvas, Ranking.of(canvas));
  }

  /** All findings of a canvas whose ranking is already known (it names the suggested focus). */
  public static List<Finding> validate(Canvas canvas, Ranking ranking) {
    List<Finding> out = new ArrayList<>();
    RangeRule.check(canvas, out);
    PlanRules.check(canvas, ranking, out);
    for (CustomerSegment s : canvas.segments()) {
      SegmentRules.check(canvas, s, out);
      RangeRule.check(s, out);
    }
    LookAlikes.check(canvas.segments(), out);
    LinkRules.check(canvas, out);
    return inOrder(canvas, out);
  }

  /**
   * Canvas, then segments and notes where they stand, then code order; the sort is stable. Each
   * finding's place is worked out once, not in each comparison, and only the notes some finding
   * is about are looked up: a large canvas has tens of thousands of notes and few note findings.
   */
  private static List<Finding> inOrder(Canvas canvas, List<Finding> findings) {
    Map<String, Integer> segmentAt = new HashMap<>(canvas.segments().size() * 4 / 3 + 1);
    List<CustomerSegment> segments = canvas.segments();
    for (int i = 0; i < segments.size(); i++) {
      segmentAt.putIfAbsent(segments.get(i).id(), i);
    }
    Map<String, Integer> noteAt = notePlaces(canvas, findings);
    List<Placed> placed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Target t = f.target();
      int at = switch (t.kind()) {
        case CANVAS -> 0;
        case SEGMENT -> segmentAt.getOrDefault(t.id(), Integer.MAX_VALUE);
        case NOTE -> noteAt.getOrDefault(t.id(), Integer.MAX_VALUE);
      };
      placed.add(new Placed(at, f));
    }
    placed.sort(ORDER);
    return placed.stream().map(Placed::finding).toList();
  }

  /** Where each note that a finding is about first stands, counting notes in block order. */
  private static Map<String, Integer> notePlaces(Canvas canvas, List<Finding> findings) {
    Map<String, Integer> noteAt = new HashMap<>();
    for (Finding f : findings) {
      if (f.target().kind() == Target.Kind.NOTE) {
        noteAt.put(f.target().id(), Integer.MAX_VALUE);
      }
    }
    if (noteAt.isEmpty()) {
      return noteAt;
    }
    int i = 0;
    for (Block b : Block.noteBlocks()) {
      for (Note n : canvas.notes(b)) {
        Integer at = noteAt.get(n.id());
        if (at != null && at == Integer.MAX_VALUE) {
          noteAt.put(n.id(), i);
        }
        i++;
      }
    }
    return noteAt;
  }

  /** A finding and where its target stands among the targets of its kind. */
  private record Placed(int at, Finding finding) {}

  /** Kind of target, then where the target stands, then the finding's code. */
  private static final Comparator<Placed> ORDER =
      Comparator.<Placed, Target.Kind>comparing(p -> p.finding().target().kind())
          .thenComparingInt(Placed::at)
          .thenComparing(p -> p.finding().code());
}
