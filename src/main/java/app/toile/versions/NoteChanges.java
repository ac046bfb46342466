package app.toile.versions;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changes of the eight note blocks, block by block in fill order: in each block, its notes as
 * they now stand (moved in from another block, moved in the block, changed, added), then the notes
 * removed from it, as they stood.
 */
final class NoteChanges {
  private NoteChanges() {}

  static List<Change> of(Canvas earlier, Canvas later) {
    List<PlacedNote> before = PlacedNote.all(earlier);
    List<PlacedNote> after = PlacedNote.all(later);
    int[] match = NoteMatching.match(before, after);
    boolean[] kept = new boolean[before.size()];
    for (int i : match) {
      if (i >= 0) {
        kept[i] = true;
      }
    }
    List<Change> changes = new ArrayList<>();
    int start = 0;
    int removed = 0;
    for (Block block : Block.noteBlocks()) {
      int end = start + later.notes(block).size();
      Set<Integer> moved = movedInBlock(before, match, block, start, end);
      for (int j = start; j < end; j++) {
        note(before, after.get(j), match[j], moved.contains(j), changes);
      }
      start = end;
      for (; removed < before.size() && before.get(removed).block() == block; removed++) {
        if (!kept[removed]) {
          Note n = before.get(removed).note();
          changes.add(new Change(Kind.REMOVED, Place.note(block, n.id(), null), n.text(),
              n.text(), null));
        }
      }
    }
    return changes;
  }

  /** The later notes of a block, already in it before, that changed place among those. */
  private static Set<Integer> movedInBlock(List<PlacedNote> before, int[] match, Block block,
      int start, int end) {
    List<Integer> stayed = new ArrayList<>();
    for (int j = start; j < end; j++) {
      if (match[j] >= 0 && before.get(match[j]).block() == block) {
        stayed.add(j);
      }
    }
    int[] earlier = stayed.stream().mapToInt(j -> match[j]).toArray();
    return OrderMoves.moved(earlier).stream().map(stayed::get)
        .collect(Collectors.toSet());
  }

  private static void note(List<PlacedNote> before, PlacedNote now, int match, boolean moved,
      List<Change> changes) {
    Note n = now.note();
    Block block = now.block();
    if (match < 0) {
      changes.add(new Change(Kind.ADDED, Place.note(block, n.id(), null), n.text(), null,
          n.text()));
      return;
    }
    PlacedNote was = before.get(match);
    if (was.block() != block) {
      changes.add(new Change(Kind.MOVED, Place.note(block, n.id(), "block"), n.text(),
          was.block(), block));
    } else if (moved) {
      changes.add(new Change(Kind.MOVED, Place.note(block, n.id(), "order"), n.text(),
          was.index() + 1, now.index() + 1));
    }
    Map<String, Object> old = RecordLeaves.of(was.note());
    for (Map.Entry<String, Object> leaf : RecordLeaves.of(n).entrySet()) {
      String field = leaf.getKey();
      if (!field.equals("id") && !Objects.equals(old.get(field), leaf.getValue())) {
        changes.add(new Change(Kind.CHANGED, Place.note(block, n.id(), field), n.text(),
            old.get(field), leaf.getValue()));
      }
    }
  }
}
