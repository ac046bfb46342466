package app.toile.versions;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.MergeConflict;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notes of a three-way merge, by id, as {@link SegmentMerge} does for segments: each note's
 * text, colour, links and unknown fields merged, its block too (a note one side moved goes where
 * that side put it), then each block's order.
 */
final class NoteMerge {
  private NoteMerge() {}

  static Map<Block, List<Note>> of(Canvas base, Canvas ours, Canvas theirs,
      List<MergeConflict> conflicts) {
    Map<String, PlacedNote> b = byId(base);
    Map<String, PlacedNote> o = byId(ours);
    Map<String, PlacedNote> t = byId(theirs);
    Set<String> ids = new LinkedHashSet<>(o.keySet());
    ids.addAll(t.keySet());
    ids.addAll(b.keySet());
    Map<String, PlacedNote> merged = new LinkedHashMap<>();
    for (String id : ids) {
      PlacedNote n = one(id, b.get(id), o.get(id), t.get(id), conflicts);
      if (n != null) {
        merged.put(id, n);
      }
    }
    Map<Block, List<Note>> notes = new EnumMap<>(Block.class);
    for (Block block : Block.noteBlocks()) {
      Set<String> kept = new LinkedHashSet<>();
      merged.forEach((id, n) -> {
        if (n.block() == block) {
          kept.add(id);
        }
      });
      List<String> order = OrderMerge.of(ids(base, block), ids(ours, block), ids(theirs, block),
          kept);
      notes.put(block, order.stream().map(id -> merged.get(id).note()).toList());
    }
    return notes;
  }

  private static PlacedNote one(String id, PlacedNote base, PlacedNote ours, PlacedNote theirs,
      List<MergeConflict> conflicts) {
    if (ours == null && theirs == null) {
      return null;
    }
    if (ours == null || theirs == null) {
      PlacedNote present = ours != null ? ours : theirs;
      if (base == null) {
        return present;
      }
      if (present.note().equals(base.note()) && present.block() == base.block()) {
        return null;
      }
      conflicts.add(new MergeConflict(null, id, null, present.note().text(),
          LeafJson.of(base.note().text()), ours == null ? null : LeafJson.of(ours.note().text()),
          theirs == null ? null : LeafJson.of(theirs.note().text()), null));
      return ours;
    }
    List<ThreeWay.Clash> clashes = new ArrayList<>();
    Note start = base != null ? base.note() : new Note(id, null, null, null, null);
    Note note = ThreeWay.merge(start, ours.note(), theirs.note(), "", clashes);
    Block baseBlock = base != null ? base.block() : ours.block();
    Object block = ThreeWay.pick(baseBlock, ours.block(), theirs.block());
    if (block == ThreeWay.CLASH) {
      clashes.add(new ThreeWay.Clash("block", baseBlock, ours.block(), theirs.block()));
      block = ours.block();
    }
    for (ThreeWay.Clash c : clashes) {
      conflicts.add(new MergeConflict(null, id, c.field(), note.text(), LeafJson.of(c.base()),
          LeafJson.of(c.ours()), LeafJson.of(c.theirs()), null));
    }
    return new PlacedNote((Block) block, 0, note);
  }

  private static Map<String, PlacedNote> byId(Canvas canvas) {
    Map<String, PlacedNote> map = new LinkedHashMap<>();
    PlacedNote.all(canvas).forEach(n -> map.putIfAbsent(n.note().id(), n));
    return map;
  }

  private static List<String> ids(Canvas canvas, Block block) {
    return canvas.notes(block).stream().map(Note::id).toList();
  }
}
