package app.toile.io;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code "notes"} object to and from the model: the eight note blocks by key, each a list of
 * notes. Unlike the canvas's other objects it is not open to extension: any other key is refused.
 */
final class NotesMapping {
  private NotesMapping() {}

  static Map<Block, List<Note>> notes(Fields f, IdClaims ids) {
    Map<Block, List<Note>> notes = new EnumMap<>(Block.class);
    if (f == null) {
      return notes;
    }
    for (String key : f.names()) {
      Block block = Block.fromKey(key);
      if (block == null || !block.holdsNotes()) {
        throw new Misfit(f.at().appendProperty(key), "\"notes\" has no block " + Quote.text(key)
            + "; its blocks are " + Block.noteBlocks().stream().map(Block::key)
            .collect(Collectors.joining(", ")));
      }
      notes.put(block, f.objects(key).stream().map(item -> note(item, ids)).toList());
    }
    return notes;
  }

  private static Note note(Fields f, IdClaims ids) {
    return new Note(ids.note(f), f.text("text"),
        f.choice("colour", NoteColour.class), ids.links(f.texts("segmentIds")), f.extras());
  }

  static JsonTree notes(Canvas canvas) {
    JsonTree notes = new JsonTree();
    for (Block block : Block.noteBlocks()) {
      notes.put(block.key(), canvas.notes(block).stream().map(NotesMapping::note).toList());
    }
    return notes;
  }

  private static JsonTree note(Note n) {
    return new JsonTree()
        .put("id", n.id())
        .put("text", n.text())
        .put("colour", n.colour())
        .put("segmentIds", n.segmentIds())
        .extras(n.extras());
  }
}
