package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.MergeConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The founder's decision on one conflict a merge left in the canvas, as one edit: the conflict
 * goes away, and the canvas changes as decided. Keeping ours changes nothing else (the merge kept
 * it already); taking theirs gives the field theirs' value, or for a note or segment that theirs
 * deleted, deletes it (with its links, as deleting it by hand does). A note or segment that ours
 * deleted cannot be brought back from the file, which holds only its name or text: that conflict
 * can only be kept. Undo brings the conflict back with the canvas as it was.
 *
 * @param conflict the conflict decided
 * @param decision what the decision does to the canvas, the conflict aside
 * @param descriptionKey key of the edit's name in the {@code ui} bundle
 */
public record DecideConflict(MergeConflict conflict, UnaryOperator<Canvas> decision,
    String descriptionKey) implements Command {

  public DecideConflict {
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(decision, "decision");
  }

  /** Keeps what the merge kept: the conflict goes away, nothing else changes. */
  public static DecideConflict keepOurs(MergeConflict conflict) {
    return new DecideConflict(conflict, UnaryOperator.identity(), "command.keepOurs");
  }

  /**
   * Takes theirs: for a field, {@code setField} gives it theirs' value; for a note or segment
   * that theirs deleted, it is deleted.
   *
   * @throws IllegalArgumentException for a note or segment that ours deleted: theirs cannot be
   *     brought back
   */
  public static DecideConflict takeTheirs(MergeConflict conflict, UnaryOperator<Canvas> setField) {
    UnaryOperator<Canvas> decision;
    if (conflict.field() != null) {
      decision = Objects.requireNonNull(setField, "setField");
    } else if (conflict.theirs() != null) {
      throw new IllegalArgumentException("ours deleted it: theirs cannot be brought back");
    } else if (conflict.segmentId() != null) {
      decision = new DeleteSegment(conflict.segmentId())::apply;
    } else {
      decision = new DeleteNote(conflict.noteId())::apply;
    }
    return new DecideConflict(conflict, decision, "command.takeTheirs");
  }

  /** Whether theirs can be taken: not for a note or segment that ours deleted. */
  public static boolean theirsCanBeTaken(MergeConflict conflict) {
    return conflict.field() != null || conflict.theirs() == null;
  }

  @Override
  public Canvas apply(Canvas canvas) {
    List<MergeConflict> left = new ArrayList<>(canvas.conflicts());
    if (!left.remove(conflict)) {
      return canvas;
    }
    return decision.apply(canvas).withConflicts(left);
  }
}
