package app.toile.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.ui.base.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cards' marks come from the session's findings alone: one change per edit. */
class SegmentsViewModelTest {

  @Test
  void aSegmentWithNoNameIsMarkedOncePerEdit() {
    EditorSession session = TestSessions.direct();
    SegmentsViewModel vm = new SegmentsViewModel(session);
    List<Map<String, Level>> seen = new ArrayList<>();
    vm.marksProperty().addListener((o, was, now) -> seen.add(now));
    session.document().load(Canvas.empty().withSegments(List.of(
        CustomerSegment.named("paris", "Paris").withNeed("Books"))), null);
    assertThat(vm.marksProperty().get()).containsEntry("paris", Level.WARNING);
    seen.clear();

    vm.renameSegment("paris", " ");
    assertThat(vm.marksProperty().get()).containsEntry("paris", Level.ERROR);
    assertThat(seen).hasSize(1);
  }
}
