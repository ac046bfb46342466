package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.util.function.UnaryOperator;

/**
 * Changes fields of one customer segment: every field edit of the segment editor is one of these,
 * so a single command type covers the forty-odd fields instead of a class per field.
 *
 * @param segmentId the segment
 * @param descriptionKey key of the edit's name in the {@code ui} bundle
 * @param edit the change to make to the segment
 */
public record EditSegment(String segmentId, String descriptionKey, UnaryOperator<CustomerSegment> edit)
    implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    return canvas.segment(segmentId).map(s -> canvas.withSegment(edit.apply(s))).orElse(canvas);
  }
}
