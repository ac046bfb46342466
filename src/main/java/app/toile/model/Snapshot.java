package app.toile.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A named, dated copy of a canvas kept inside the canvas itself: what the editor calls a version.
 * Its canvas never holds snapshots of its own, so a file does not grow as a square of its history,
 * nor merge conflicts: a version is a state of the work, not of a merge.
 *
 * @param name the name the founder gave it; unique among a canvas's snapshots (see {@link Canvas})
 * @param savedAt when it was taken, to the second, or null when a file gave no date
 * @param canvas the canvas as it was, without snapshots or conflicts
 * @param extras fields from a newer Toile, kept as they were
 */
public record Snapshot(String name, Instant savedAt, Canvas canvas, Extras extras) {

  public Snapshot {
    name = name == null ? "" : name;
    savedAt = savedAt == null ? null : savedAt.truncatedTo(ChronoUnit.SECONDS);
    canvas = canvas == null ? Canvas.empty()
        : canvas.snapshots().isEmpty() && canvas.conflicts().isEmpty() ? canvas
        : canvas.withSnapshots(null).withConflicts(null);
    extras = extras == null ? Extras.NONE : extras;
  }

  /** A snapshot of a canvas, taken now or at any instant. */
  public static Snapshot of(String name, Instant savedAt, Canvas canvas) {
    return new Snapshot(name, savedAt, canvas, Extras.NONE);
  }

  public Snapshot withName(String v) {
    return new Snapshot(v, savedAt, canvas, extras);
  }
}
