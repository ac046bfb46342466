package app.toile.command;

import app.toile.model.Canvas;
import java.util.ArrayList;
import java.util.List;

/**
 * Links a note to a customer segment it serves, or removes that link.
 *
 * @param noteId the note
 * @param segmentId the segment
 * @param linked true to link, false to unlink
 */
public record LinkNote(String noteId, String segmentId, boolean linked) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    return canvas.findNote(noteId).map(p -> {
      List<String> ids = new ArrayList<>(p.note().segmentIds());
      if (linked && !ids.contains(segmentId)) {
        ids.add(segmentId);
      } else if (!linked) {
        ids.remove(segmentId);
      }
      return canvas.withNote(p.note().withSegmentIds(ids));
    }).orElse(canvas);
  }

  @Override
  public String descriptionKey() {
    return linked ? "command.linkNote" : "command.unlinkNote";
  }
}
