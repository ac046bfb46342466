package app.toile.versions;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.model.SegmentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random edits of a canvas by two people, for the merge properties: each segment and note is
 * edited by one of them or none (or, when they may overlap, by both), as founders do: a score
 * or status changed, a segment deleted, a note reworded, recoloured, deleted or moved, notes
 * added. One person moves and adds notes only in the even blocks, the other in the odd ones, so
 * that the expected order of a block does not depend on who merges into whom.
 *
 * @param ours the canvas after the first person's edits
 * @param theirs the canvas after the second person's edits
 * @param both the base after both sets of edits, one after the other
 */
record Edits(Canvas ours, Canvas theirs, Canvas both) {

  /** Edits split between the two people; with {@code overlap}, an item may get two edits. */
  static Edits of(Canvas base, long seed, boolean overlap) {
    Random r = new Random(seed);
    Canvas ours = base;
    Canvas theirs = base;
    Canvas both = base;
    for (CustomerSegment s : base.segments()) {
      int who = r.nextInt(overlap ? 4 : 3);
      int what = r.nextInt(3);
      int value = r.nextInt(5);
      if (who == 1 || who == 3) {
        ours = segment(ours, s.id(), what, value);
        both = segment(both, s.id(), what, value);
      }
      if (who == 2 || who == 3) {
        int theirValue = who == 3 ? (value + 1) % 5 : value;
        theirs = segment(theirs, s.id(), what, theirValue);
        both = segment(both, s.id(), what, theirValue);
      }
    }
    List<PlacedNote> notes = PlacedNote.all(base);
    for (PlacedNote n : notes) {
      int who = r.nextInt(overlap ? 4 : 3);
      int what = r.nextInt(4);
      int value = r.nextInt(6);
      if (who == 1 || who == 3) {
        ours = note(ours, n.note().id(), what, value, 0);
        both = note(both, n.note().id(), what, value, 0);
      }
      if (who == 2 || who == 3) {
        theirs = note(theirs, n.note().id(), what, who == 3 ? value + 1 : value, 1);
        both = note(both, n.note().id(), what, who == 3 ? value + 1 : value, 1);
      }
    }
    for (int k = 0; k < r.nextInt(3); k++) {
      Note added = Note.of("ours-new-" + k, "Added by ours " + k);
      Block block = Block.noteBlocks().get(2 * r.nextInt(4));
      ours = append(ours, block, added);
      both = append(both, block, added);
    }
    for (int k = 0; k < r.nextInt(3); k++) {
      Note added = Note.of("theirs-new-" + k, "Added by theirs " + k);
      Block block = Block.noteBlocks().get(2 * r.nextInt(4) + 1);
      theirs = append(theirs, block, added);
      both = append(both, block, added);
    }
    return new Edits(ours, theirs, both);
  }

  private static Canvas segment(Canvas canvas, String id, int what, int value) {
    CustomerSegment s = canvas.segment(id).orElse(null);
    if (s == null) {
      return canvas;
    }
    return switch (what) {
      case 0 -> canvas.withSegment(s.withEvaluation(
          s.evaluation().withScore(Evaluation.Score.PAIN_DEPTH, value + 1)));
      case 1 -> canvas.withSegment(s.withStatus(SegmentStatus.values()[value]));
      default -> canvas.withSegments(canvas.segments().stream()
          .filter(other -> !other.id().equals(id)).toList());
    };
  }

  /** An edit of a note; a move goes to the end of a block of the person's parity. */
  private static Canvas note(Canvas canvas, String id, int what, int value, int parity) {
    Canvas.NotePlace place = canvas.findNote(id).orElse(null);
    if (place == null) {
      return canvas;
    }
    Note n = place.note();
    return switch (what) {
      case 0 -> canvas.withNote(n.withText("Reworded " + value));
      case 1 -> canvas.withNote(n.withColour(NoteColour.values()[value % 6]));
      case 2 -> remove(canvas, place);
      default -> {
        Block to = Block.noteBlocks().get(2 * (value % 4) + parity);
        yield to == place.block() ? canvas : append(remove(canvas, place), to, n);
      }
    };
  }

  private static Canvas remove(Canvas canvas, Canvas.NotePlace place) {
    List<Note> list = new ArrayList<>(canvas.notes(place.block()));
    list.remove(place.index());
    return canvas.withNotes(place.block(), list);
  }

  private static Canvas append(Canvas canvas, Block block, Note note) {
    List<Note> list = new ArrayList<>(canvas.notes(block));
    list.add(note);
    return canvas.withNotes(block, list);
  }
}
