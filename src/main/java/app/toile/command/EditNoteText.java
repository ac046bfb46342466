package app.toile.command;

import app.toile.model.Canvas;

/**
 * Replaces a note's text.
 *
 * @param noteId the note
 * @param text its new text
 */
public record EditNoteText(String noteId, String text) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    return canvas.findNote(noteId).map(p -> canvas.withNote(p.note().withText(text))).orElse(canvas);
  }

  @Override
  public String descriptionKey() {
    return "command.editNote";
  }
}
