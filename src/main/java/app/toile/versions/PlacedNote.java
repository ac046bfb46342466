package app.toile.versions;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * A note with its block and its place in the block.
 *
 * @param block its block
 * @param index its place in the block, from 0
 * @param note the note
 */
record PlacedNote(Block block, int index, Note note) {

  /** Every note of a canvas, block by block in fill order. */
  static List<PlacedNote> all(Canvas canvas) {
    List<PlacedNote> all = new ArrayList<>(canvas.noteCount());
    for (Block block : Block.noteBlocks()) {
      List<Note> notes = canvas.notes(block);
      for (int i = 0; i < notes.size(); i++) {
        all.add(new PlacedNote(block, i, notes.get(i)));
      }
    }
    return all;
  }
}
