package app.toile.ui.roadmap;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.session.CanvasEdits;
import app.toile.session.EditorSession;
import app.toile.session.FindingsResult;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the roadmap strip and the attractiveness chart show: the segments in their expansion order,
 * and the latest ranking. Clicking a segment selects it. No scene-graph code.
 */
public final class RoadmapViewModel {
  private final CanvasEdits edits;
  private final ObjectBinding<List<Bar>> ranking;

  /**
   * One bar of the attractiveness chart.
   *
   * @param segment the segment
   * @param attractiveness its attractiveness, empty when it has no score
   */
  public record Bar(CustomerSegment segment, OptionalDouble attractiveness) {}

  public RoadmapViewModel(EditorSession session) {
    this.edits = session.edits();
    ReadOnlyObjectProperty<FindingsResult> result = session.findings().resultProperty();
    ranking = Bindings.createObjectBinding(() -> result.get().ranking().entries().stream()
        .map(e -> new Bar(e.segment(), e.attractiveness())).toList(), result);
  }

  public Canvas canvas() {
    return edits.canvas();
  }

  public ReadOnlyObjectProperty<Canvas> canvasProperty() {
    return edits.canvasProperty();
  }

  /** The active segments by attractiveness, best first, as the latest validation ranked them. */
  public ObjectBinding<List<Bar>> rankingProperty() {
    return ranking;
  }

  public void selectSegment(String segmentId) {
    edits.selectSegment(segmentId);
  }
}
