package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a customer segment in the expansion order.
 *
 * @param segmentId the segment
 * @param index its position once moved; clamped to the list
 */
public record MoveSegment(String segmentId, int index) implements Command {

  @Override
  public Canvas apply(Canvas canvas) {
    int from = canvas.segmentIndex(segmentId);
    if (from < 0) {
      return canvas;
    }
    List<CustomerSegment> list = new ArrayList<>(canvas.segments());
    CustomerSegment s = list.remove(from);
    list.add(Math.max(0, Math.min(index, list.size())), s);
    return canvas.withSegments(list);
  }

  @Override
  public String descriptionKey() {
    return "command.moveSegment";
  }
}
