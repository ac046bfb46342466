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
    out.sort(order(canvas));
    return List.copyOf(out);
  }

  /** Canvas, then segments and notes where they stand, then code order; the sort is stable. */
  private static Comparator<Finding> order(Canvas canvas) {
    Map<String, Integer> segmentAt = new HashMap<>();
    List<CustomerSegment> segments = canvas.segments();
    for (int i = 0; i < segments.size(); i++) {
      segmentAt.putIfAbsent(segments.get(i).id(), i);
    }
    Map<String, Integer> noteAt = new HashMap<>();
    for (Block b : Block.noteBlocks()) {
      for (Note n : canvas.notes(b)) {
        noteAt.putIfAbsent(n.id(), noteAt.size());
      }
    }
    return Comparator.comparing((Finding f) -> f.target().kind())
        .thenComparingInt(f -> switch (f.target().kind()) {
          case CANVAS -> 0;
          case SEGMENT -> segmentAt.getOrDefault(f.target().id(), Integer.MAX_VALUE);
          case NOTE -> noteAt.getOrDefault(f.target().id(), Integer.MAX_VALUE);
        })
        .thenComparing(Finding::code);
  }
}
