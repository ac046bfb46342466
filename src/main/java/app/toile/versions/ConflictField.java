package app.toile.versions;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.MergeConflict;
import app.toile.model.Note;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A field of a merge conflict set to the value one side gave it, by the conflict's path, as the
 * merge itself sets the fields it takes ({@link RecordLeaves}): what "Take theirs" does in the
 * editor. The values come from a file, so a path the canvas has no field for, or a value that is
 * not of the field's type, is refused rather than guessed.
 */
public final class ConflictField {
  /** The fields of the canvas itself that a merge can leave in conflict, beside header and market. */
  private static final Set<String> CANVAS_FIELDS = Set.of("freeNotes", "strategy", "extras");

  private ConflictField() {}

  /**
   * The edit that gives the conflict's field theirs' value; empty for a note or segment deleted
   * on one side (no field), or when the file's conflict names no field or a value that does not
   * fit it. A note's block taken from theirs moves the note to the end of that block.
   */
  public static Optional<UnaryOperator<Canvas>> theirs(MergeConflict c) {
    if (c.field() == null || c.field().equals("id")) {
      return Optional.empty();
    }
    Class<?> type = typeOf(c);
    if (type == null) {
      return Optional.empty();
    }
    Object value;
    try {
      value = LeafValue.of(c.theirs(), type);
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      return Optional.empty();
    }
    String path = c.field();
    if (c.segmentId() != null) {
      String id = c.segmentId();
      return Optional.of(canvas -> canvas.segment(id)
          .map(s -> canvas.withSegment(RecordLeaves.with(s, path, value))).orElse(canvas));
    } else if (c.noteId() != null) {
      String id = c.noteId();
      return Optional.of(canvas -> path.equals("block") ? move(canvas, id, (Block) value)
          : canvas.findNote(id).map(p -> canvas.withNote(RecordLeaves.with(p.note(), path, value)))
              .orElse(canvas));
    }
    return Optional.of(canvas -> RecordLeaves.with(canvas, path, value));
  }

  /** The value of one side of a conflict as the field's type; null when unset or unreadable. */
  static Object value(MergeConflict c, String json) {
    Class<?> type = c.field() == null ? String.class : typeOf(c);
    if (type == null) {
      return null;
    }
    try {
      return LeafValue.of(json, type);
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  private static Class<?> typeOf(MergeConflict c) {
    String path = c.field();
    if (c.segmentId() != null) {
      return RecordLeaves.typeOf(CustomerSegment.class, path);
    } else if (c.noteId() != null) {
      return path.equals("block") ? Block.class : RecordLeaves.typeOf(Note.class, path);
    }
    boolean known = CANVAS_FIELDS.contains(path) || path.startsWith("header.")
        || path.startsWith("market.");
    return known ? RecordLeaves.typeOf(Canvas.class, path) : null;
  }

  private static Canvas move(Canvas canvas, String noteId, Block block) {
    if (block == null || !block.holdsNotes()) {
      return canvas;
    }
    return canvas.findNote(noteId).filter(p -> p.block() != block).map(p -> {
      List<Note> from = new ArrayList<>(canvas.notes(p.block()));
      from.remove(p.index());
      List<Note> to = new ArrayList<>(canvas.notes(block));
      to.add(p.note());
      return canvas.withNotes(p.block(), from).withNotes(block, to);
    }).orElse(canvas);
  }
}
