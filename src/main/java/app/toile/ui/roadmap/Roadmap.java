package app.toile.ui.roadmap;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import java.util.List;

/**
 * The conquest plan read from a canvas: the segments already conquered, the focus (the beachhead
 * being conquered now), then the next ones in expansion order, which is the order of the segments
 * in the block. The customers won so far are the social proof of the next step.
 *
 * @param conquered conquered segments, in expansion order
 * @param focus focus segments (one, when the plan is sound), in expansion order
 * @param next segments queued next, in expansion order
 * @param customersWon customers of the conquered and focus segments, counting only valid counts
 */
public record Roadmap(List<CustomerSegment> conquered, List<CustomerSegment> focus,
    List<CustomerSegment> next, long customersWon) {

  /** The roadmap of a canvas. */
  public static Roadmap of(Canvas canvas) {
    List<CustomerSegment> conquered = with(canvas, SegmentStatus.CONQUERED);
    List<CustomerSegment> focus = with(canvas, SegmentStatus.FOCUS);
    long won = 0;
    for (CustomerSegment s : canvas.segments()) {
      boolean counts = s.status() == SegmentStatus.CONQUERED || s.status() == SegmentStatus.FOCUS;
      if (counts && s.customerCount() != null && s.customerCount() > 0) {
        won += s.customerCount();
      }
    }
    return new Roadmap(conquered, focus, with(canvas, SegmentStatus.NEXT), won);
  }

  private static List<CustomerSegment> with(Canvas canvas, SegmentStatus status) {
    return canvas.segments().stream().filter(s -> s.status() == status).toList();
  }

  /** Every step in order: conquered, focus, next. */
  public List<CustomerSegment> steps() {
    return java.util.stream.Stream.of(conquered, focus, next).flatMap(List::stream).toList();
  }

  /** Whether the plan has no step yet. */
  public boolean isEmpty() {
    return conquered.isEmpty() && focus.isEmpty() && next.isEmpty();
  }

  /**
   * The whole words that every name starts with, with the space after them ("Solo entrepreneurs
   * in "), or "" when they share none or there is only one name.
   */
  static String commonStart(List<String> names) {
    if (names.size() < 2) {
      return "";
    }
    String first = names.get(0);
    int end = first.length();
    for (String n : names) {
      int i = 0;
      while (i < Math.min(end, n.length()) && n.charAt(i) == first.charAt(i)) {
        i++;
      }
      end = i;
    }
    int space = first.lastIndexOf(' ', end - 1);
    // The whole first name alike in all: keep it, names that equal say nothing shorter.
    return space <= 0 ? "" : first.substring(0, space + 1);
  }
}
