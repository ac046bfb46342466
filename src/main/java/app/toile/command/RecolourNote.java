package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.NoteColour;

/**
 * Gives a note another colour.
 *
 * @param noteId the note
 * @param colour its new colour
 */
public record RecolourNote(String noteId, NoteColour colour) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    return canvas.findNote(noteId).map(p -> canvas.withNote(p.note().withColour(colour)))
        .orElse(canvas);
  }

  @Override
  public String descriptionKey() {
    return "command.recolourNote";
  }
}
