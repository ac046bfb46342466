package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a note.
 *
 * @param noteId the note
 */
public record DeleteNote(String noteId) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    return canvas.findNote(noteId).map(p -> {
      List<Note> list = new ArrayList<>(canvas.notes(p.block()));
      list.remove(p.index());
      return canvas.withNotes(p.block(), list);
    }).orElse(canvas);
  }

  @Override
  public String descriptionKey() {
    return "command.deleteNote";
  }
}
