package app.toile.io;

import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The optional {@code "snapshots"} list to and from the model: each a name, the instant it was
 * saved ({@code 2026-12-06T09:30:00Z}) and the canvas as it was, with the same fields as the top
 * level from {@code header} to {@code notes}. A snapshot holds no snapshots and no guide.
 */
final class SnapshotMapping {
  private SnapshotMapping() {}

  static List<Snapshot> snapshots(List<Fields> list) {
    return list.stream().map(SnapshotMapping::snapshot).toList();
  }

  private static Snapshot snapshot(Fields f) {
    String name = f.text("name");
    Instant savedAt = instant(f, "savedAt");
    Fields body = f.object("canvas");
    Canvas canvas = Canvas.empty();
    if (body != null) {
      if (body.names().contains("snapshots")) {
        throw new Misfit(body.at().appendProperty("snapshots"),
            "a snapshot's canvas holds no snapshots of its own");
      }
      canvas = CanvasMapping.canvas(body).withExtras(body.extras());
    }
    return new Snapshot(name, savedAt, canvas, f.extras());
  }

  static JsonTree snapshot(Snapshot s) {
    return new JsonTree()
        .put("name", s.name())
        .put("savedAt", s.savedAt() == null ? null : s.savedAt().toString())
        .put("canvas", CanvasMapping.canvas(new JsonTree(), s.canvas()).extras(s.canvas().extras()))
        .extras(s.extras());
  }

  /** An instant with its offset, {@code yyyy-MM-ddTHH:mm:ssZ} or {@code …+01:00}, or null. */
  private static Instant instant(Fields f, String field) {
    String text = f.text(field);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new Misfit(f.at().appendProperty(field), Quote.text(field)
          + " must be a date and time with its offset, as 2026-12-06T09:30:00Z, found "
          + Quote.text(text));
    }
  }
}
