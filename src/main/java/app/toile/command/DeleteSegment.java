package app.toile.command;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a customer segment together with every link to it (from notes and from other segments),
 * so that deleting never leaves dangling links behind; undo brings the links back with it.
 *
 * @param segmentId the segment
 */
public record DeleteSegment(String segmentId) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    if (canvas.segmentIndex(segmentId) < 0) {
      return canvas;
    }
    List<CustomerSegment> segments = new ArrayList<>();
    for (CustomerSegment s : canvas.segments()) {
      if (!s.id().equals(segmentId)) {
        segments.add(s.dependsOn().contains(segmentId) ? s.withDependsOn(without(s.dependsOn())) : s);
      }
    }
    Canvas result = canvas.withSegments(segments);
    for (Block b : Block.noteBlocks()) {
      List<Note> notes = new ArrayList<>();
      for (Note n : result.notes(b)) {
        notes.add(n.segmentIds().contains(segmentId) ? n.withSegmentIds(without(n.segmentIds())) : n);
      }
      result = result.withNotes(b, notes);
    }
    return result;
  }

  private List<String> without(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    copy.removeIf(segmentId::equals);
    return copy;
  }

  @Override
  public String descriptionKey() {
    return "command.deleteSegment";
  }
}
