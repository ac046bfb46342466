package app.toile.versions;

import app.toile.model.Canvas;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed from one canvas to another, as an ordered list of {@link Change}s: the canvas's own
 * fields, then the customer segments, then the eight note blocks in fill order, then the findings
 * that appeared or went away. The order is stable (the same two canvases always give the same
 * list), so "next change" and "previous change" are the next and previous items. Snapshots kept in
 * either canvas are not compared: a comparison is between two states of the work.
 *
 * @param before the earlier canvas
 * @param after the later canvas
 * @param changes every difference, in order
 */
public record Comparison(Canvas before, Canvas after, List<Change> changes) {

  public Comparison {
    changes = List.copyOf(changes);
  }

  /** Compares two canvases. */
  public static Comparison of(Canvas before, Canvas after) {
    List<Change> changes = new ArrayList<>(CanvasChanges.of(before, after));
    changes.addAll(SegmentChanges.of(before, after));
    changes.addAll(NoteChanges.of(before, after));
    changes.addAll(FindingChanges.of(before, after));
    return new Comparison(before, after, changes);
  }

  /** Whether the two canvases are the same work. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes of one part (the canvas's fields, segments, notes, findings), in order. */
  public List<Change> changes(Place.Part part) {
    return changes.stream().filter(c -> c.place().part() == part).toList();
  }

  /**
   * The index of the change after {@code index} (wrapping to the first), for "next change";
   * -1 when there is none. Pass -1 to get the first.
   */
  public int next(int index) {
    return changes.isEmpty() ? -1 : (index + 1) % changes.size();
  }

  /** The index of the change before {@code index} (wrapping to the last); -1 when there is none. */
  public int previous(int index) {
    return changes.isEmpty() ? -1 : (index <= 0 ? changes.size() : index) - 1;
  }
}
