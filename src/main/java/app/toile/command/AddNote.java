package app.toile.command;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a note to a note block.
 *
 * @param block the block
 * @param index where it goes in the block; clamped, so {@code Integer.MAX_VALUE} appends
 * @param note the new note
 */
public record AddNote(Block block, int index, Note note) implements Command {

  /** Appends the note at the end of the block. */
  public static AddNote append(Block block, Note note) {
    return new AddNote(block, Integer.MAX_VALUE, note);
  }

  @Override
  public Canvas apply(Canvas canvas) {
    if (!block.holdsNotes() || canvas.findNote(note.id()).isPresent()) {
      return canvas;
    }
    List<Note> list = new ArrayList<>(canvas.notes(block));
    list.add(Math.max(0, Math.min(index, list.size())), note);
    return canvas.withNotes(block, list);
  }

  @Override
  public String descriptionKey() {
    return "command.addNote";
  }
}
