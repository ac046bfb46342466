package app.toile.export;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * For each segment, the notes of other blocks that serve it, each after its block's name
 * ("Value Propositions: books kept in ten minutes a week"), in block order.
 */
final class ServingNotes {
  private final Map<String, List<String>> bySegment = new HashMap<>();

  /**
   * Worked out in one pass over the notes: looking through every note for every segment cost the
   * notes times the segments.
   */
  ServingNotes(Canvas canvas, Texts labels, Texts texts) {
    for (Block b : Block.noteBlocks()) {
      for (Note n : canvas.notes(b)) {
        if (n.text() == null || n.text().isBlank()) {
          continue;
        }
        String line =
            texts.get("fact", labels.get("block." + b.key() + ".name"), n.text().strip());
        for (String id : new LinkedHashSet<>(n.segmentIds())) {
          bySegment.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
        }
      }
    }
  }

  /** The lines of the notes that serve a segment; empty when none does. */
  List<String> of(String segmentId) {
    return bySegment.getOrDefault(segmentId, List.of());
  }
}
