package app.toile.versions;

import app.toile.model.Canvas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes of the canvas's own fields, in the file's order: the header, the free notes, the
 * market, the strategy, then unknown fields a newer Toile wrote.
 */
final class CanvasChanges {
  private CanvasChanges() {}

  static List<Change> of(Canvas earlier, Canvas later) {
    Map<String, Object> before = fields(earlier);
    List<Change> changes = new ArrayList<>();
    fields(later).forEach((field, value) -> {
      if (!Objects.equals(before.get(field), value)) {
        changes.add(new Change(Kind.CHANGED, Place.canvas(field), null, before.get(field), value));
      }
    });
    return changes;
  }

  /** The canvas's own fields by path ({@code header.title}, {@code market.target.ageMin}...). */
  static Map<String, Object> fields(Canvas canvas) {
    Map<String, Object> fields = new LinkedHashMap<>();
    RecordLeaves.of(canvas.header()).forEach((k, v) -> fields.put("header." + k, v));
    fields.put("freeNotes", canvas.freeNotes());
    RecordLeaves.of(canvas.market()).forEach((k, v) -> fields.put("market." + k, v));
    fields.put("strategy", canvas.strategy());
    fields.put("extras", canvas.extras());
    return fields;
  }
}
