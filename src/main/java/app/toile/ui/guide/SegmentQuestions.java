package app.toile.ui.guide;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import app.toile.ui.base.SegmentField;
import app.toile.ui.base.SegmentFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer segment questions of the guide, in the source's order, each with the field of the
 * segment editor that answers it: the specific need, the channel, the relationship, profitability,
 * willingness to pay; then the five evaluation scores (pain, budget, reach, size, value); then the
 * status, where one segment is chosen as the focus.
 */
final class SegmentQuestions {
  private static final List<SegmentField<?>> FIELDS = fields();

  private SegmentQuestions() {}

  private static List<SegmentField<?>> fields() {
    List<SegmentField<?>> list = new ArrayList<>(List.of(SegmentFields.NEED,
        SegmentFields.CHANNEL, SegmentFields.RELATIONSHIP, SegmentFields.PROFITABILITY,
        SegmentFields.PAYS_FOR_OWN_VERSION));
    list.addAll(SegmentFields.SCORES);
    list.add(SegmentFields.STATUS);
    return List.copyOf(list);
  }

  /** How many questions there are. */
  static int count() {
    return FIELDS.size();
  }

  /** The field that answers question {@code index} (from 0). */
  static SegmentField<?> field(int index) {
    return FIELDS.get(index);
  }

  /**
   * Whether question {@code index} is answered for a segment: its field is set (a text not blank);
   * for the choice of the focus, whether some segment of the canvas is the focus or conquered.
   */
  static boolean answered(int index, Canvas canvas, CustomerSegment segment) {
    SegmentField<?> field = FIELDS.get(index);
    if (field == SegmentFields.STATUS) {
      return canvas.segments().stream().anyMatch(s -> s.status() == SegmentStatus.FOCUS
          || s.status() == SegmentStatus.CONQUERED);
    }
    Object value = field.of(segment);
    return value instanceof String text ? !text.isBlank() : value != null;
  }
}
