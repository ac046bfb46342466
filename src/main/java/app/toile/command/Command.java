package app.toile.command;

import app.toile.model.Canvas;

/**
 * One edit of a canvas. The model is immutable, so a command is a pure function from the canvas
 * before to the canvas after; the {@link UndoStack} keeps the canvas before, which is the exact
 * inverse, so no command needs to compute its own undo.
 */
public interface Command {

  /** The canvas after the edit; the same canvas when the edit does not apply (a missing id). */
  Canvas apply(Canvas canvas);

  /** Key of the edit's name in the {@code ui} bundle, shown as "Undo Add note". */
  String descriptionKey();
}
