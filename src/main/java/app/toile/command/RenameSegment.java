package app.toile.command;

import app.toile.model.Canvas;

/**
 * Renames a customer segment.
 *
 * @param segmentId the segment
 * @param name its new name
 */
public record RenameSegment(String segmentId, String name) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    return canvas.segment(segmentId).map(s -> canvas.withSegment(s.withName(name))).orElse(canvas);
  }

  @Override
  public String descriptionKey() {
    return "command.renameSegment";
  }
}
