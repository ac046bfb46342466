package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a customer segment.
 *
 * @param index where it goes in the expansion order; clamped, so {@code Integer.MAX_VALUE} appends
 * @param segment the new segment
 */
public record AddSegment(int index, CustomerSegment segment) implements Command {

  /** Appends the segment at the end of the expansion order. */
  public static AddSegment append(CustomerSegment segment) {
    return new AddSegment(Integer.MAX_VALUE, segment);
  }

  @Override
  public Canvas apply(Canvas canvas) {
    if (canvas.segmentIndex(segment.id()) >= 0) {
      return canvas;
    }
    List<CustomerSegment> list = new ArrayList<>(canvas.segments());
    list.add(Math.max(0, Math.min(index, list.size())), segment);
    return canvas.withSegments(list);
  }

  @Override
  public String descriptionKey() {
    return "command.addSegment";
  }
}
