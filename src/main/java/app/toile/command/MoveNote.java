package app.toile.command;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a note within its block or to another note block.
 *
 * @param noteId the note
 * @param target the block it goes to (may be its own)
 * @param index its position in the target block once moved; clamped to the block's size
 */
public record MoveNote(String noteId, Block target, int index) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    if (!target.holdsNotes()) {
      return canvas;
    }
    return canvas.findNote(noteId).map(p -> {
      List<Note> from = new ArrayList<>(canvas.notes(p.block()));
      from.remove(p.index());
      Canvas without = canvas.withNotes(p.block(), from);
      List<Note> to = new ArrayList<>(without.notes(target));
      to.add(Math.max(0, Math.min(index, to.size())), p.note());
      return without.withNotes(target, to);
    }).orElse(canvas);
  }

  @Override
  public String descriptionKey() {
    return "command.moveNote";
  }
}
