package app.toile.ui.segments.editor;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation.Score;
import app.toile.model.SegmentStatus;
import app.toile.model.Snapshot;
import app.toile.session.EditorSession;
import app.toile.validation.Attractiveness;
import app.toile.validation.TextKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The selected segment across the versions kept in the canvas: at each version that holds it
 * (by id, or else by the same name), then now, its attractiveness, five scores, status and
 * customers won. Empty while no version holds it. No scene-graph code: tests drive it without a
 * toolkit.
 */
public final class SegmentHistoryViewModel {
  private final EditorSession session;
  private final ReadOnlyObjectWrapper<List<Point>> points = new ReadOnlyObjectWrapper<>(this,
      "points", List.of());

  /**
   * The segment at one version, or now.
   *
   * @param name the version's name; null for now
   * @param savedAt when the version was saved; null for now or when unknown
   * @param attractiveness out of five; null while no score is set
   * @param scores the five scores in the order founders answer them, each null when unset
   * @param status its place in the conquest plan, or null
   * @param customers customers won, or null
   */
  public record Point(String name, Instant savedAt, Double attractiveness, List<Integer> scores,
      SegmentStatus status, Long customers) {

    /** Whether this is the segment as it is now. */
    public boolean isNow() {
      return name == null;
    }
  }

  public SegmentHistoryViewModel(EditorSession session) {
    this.session = session;
    session.selectedSegmentProperty().addListener((o, was, now) -> refresh());
    session.document().canvasProperty().addListener((o, was, now) -> refresh());
    refresh();
  }

  /** The segment at each version that holds it, oldest first, then now; empty when none does. */
  public ReadOnlyObjectProperty<List<Point>> pointsProperty() {
    return points.getReadOnlyProperty();
  }

  public List<Point> points() {
    return points.get();
  }

  private void refresh() {
    CustomerSegment now = session.selectedSegmentProperty().getValue();
    List<Point> list = new ArrayList<>();
    if (now != null) {
      for (Snapshot s : session.canvas().snapshots()) {
        find(s.canvas(), now).ifPresent(then -> list.add(point(s.name(), s.savedAt(), then)));
      }
      if (!list.isEmpty()) {
        list.add(point(null, null, now));
      }
    }
    if (!list.equals(points.get())) {
      points.set(List.copyOf(list));
    }
  }

  private static Optional<CustomerSegment> find(Canvas canvas, CustomerSegment s) {
    return canvas.segment(s.id()).or(() -> TextKey.isBlank(s.name()) ? Optional.empty()
        : canvas.segments().stream().filter(o -> !TextKey.isBlank(o.name())
            && TextKey.of(o.name()).equals(TextKey.of(s.name()))).findFirst());
  }

  private static Point point(String name, Instant savedAt, CustomerSegment s) {
    OptionalDouble a = Attractiveness.of(s);
    // Stream.toList keeps the unset scores as nulls.
    List<Integer> scores = Arrays.stream(Score.values()).map(k -> s.evaluation().score(k))
        .toList();
    return new Point(name, savedAt, a.isPresent() ? a.getAsDouble() : null, scores, s.status(),
        s.customerCount());
  }
}
