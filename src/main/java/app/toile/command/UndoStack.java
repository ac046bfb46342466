package app.toile.command;

import app.toile.model.Canvas;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The document's current canvas and the edits that led to it. Every state has a revision number,
 * never reused; the document is unsaved when the current revision differs from the saved one, so
 * undoing back to the saved state clears the mark and a new edit after an undo never matches it.
 * At most {@link #CAPACITY} edits are kept: the oldest are forgotten.
 */
public final class UndoStack {
  /** How many edits can be undone. */
  public static final int CAPACITY = 200;

  private final Deque<Edit> undo = new ArrayDeque<>();
  private final Deque<Edit> redo = new ArrayDeque<>();
  private final List<Runnable> listeners = new ArrayList<>();
  private Canvas canvas;
  private long baseRevision;
  private long nextRevision = 1;
  private long savedRevision;

  /** A stack on a canvas taken as saved (revision 0). */
  public UndoStack(Canvas canvas) {
    this.canvas = Objects.requireNonNull(canvas);
  }

  /** The canvas as it is now. */
  public Canvas canvas() {
    return canvas;
  }

  /** Applies a command; returns false and records nothing when it changes nothing. */
  public boolean execute(Command command) {
    return execute(command, null);
  }

  /**
   * Applies a command as part of the last edit when that edit was made with the same join key and
   * nothing was undone or saved since: a new note and its first text, or a name typed key by key,
   * are then one step to undo, under the first edit's name. A joined edit that brings the canvas
   * back to where the first began leaves no step at all. A null key joins nothing.
   */
  public boolean execute(Command command, Object joinKey) {
    Edit top = undo.peek();
    if (joinKey != null && top != null && joinKey.equals(top.joinKey()) && redo.isEmpty()
        && top.revision() != savedRevision) {
      return join(top, command);
    }
    Canvas after = command.apply(canvas);
    if (after.equals(canvas)) {
      return false;
    }
    undo.push(new Edit(command, canvas, after, nextRevision++, joinKey));
    if (undo.size() > CAPACITY) {
      Edit dropped = undo.removeLast();
      baseRevision = dropped.revision();
    }
    redo.clear();
    canvas = after;
    fire();
    return true;
  }

  private boolean join(Edit top, Command command) {
    Canvas after = command.apply(canvas);
    if (after.equals(canvas)) {
      return false;
    }
    undo.pop();
    if (!after.equals(top.before())) {
      List<Command> steps = new ArrayList<>(top.command() instanceof CompositeCommand c
          ? c.steps() : List.of(top.command()));
      steps.add(command);
      Command both = new CompositeCommand(top.command().descriptionKey(), steps);
      undo.push(new Edit(both, top.before(), after, nextRevision++, top.joinKey()));
    }
    canvas = after;
    fire();
    return true;
  }

  /** Undoes the last edit, if any. */
  public void undo() {
    Edit e = undo.poll();
    if (e != null) {
      redo.push(e);
      canvas = e.before();
      fire();
    }
  }

  /** Redoes the last undone edit, if any. */
  public void redo() {
    Edit e = redo.poll();
    if (e != null) {
      undo.push(e);
      canvas = e.after();
      fire();
    }
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  /** The command that {@link #undo()} would undo. */
  public Optional<Command> undoCommand() {
    return Optional.ofNullable(undo.peek()).map(Edit::command);
  }

  /** The command that {@link #redo()} would redo. */
  public Optional<Command> redoCommand() {
    return Optional.ofNullable(redo.peek()).map(Edit::command);
  }

  /** Number of edits that can be undone. */
  public int undoSize() {
    return undo.size();
  }

  /** The revision of the current state. */
  public long revision() {
    Edit top = undo.peek();
    return top == null ? baseRevision : top.revision();
  }

  /** Records the current state as the one on disk. */
  public void markSaved() {
    savedRevision = revision();
    fire();
  }

  /** Whether the current state differs from the one last saved. */
  public boolean isUnsaved() {
    return revision() != savedRevision;
  }

  /** Calls the listener after every change of canvas, history or saved state. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  private void fire() {
    for (Runnable l : List.copyOf(listeners)) {
      l.run();
    }
  }

  private record Edit(Command command, Canvas before, Canvas after, long revision, Object joinKey) {}
}
