package app.toile.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.session.Document;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dropping a segment card on another changes the expansion order, in one undoable edit. */
class SegmentDragTest {
  private final EditorSession session = TestSessions.direct();
  private final Document doc = session.document();
  private final SegmentsViewModel vm = new SegmentsViewModel(session);

  private List<String> order() {
    return doc.canvas().segments().stream().map(CustomerSegment::id).toList();
  }

  @Test
  void aDroppedCardTakesThePlaceOfTheCardItIsDroppedOn() {
    doc.load(Canvas.empty().withSegments(List.of(CustomerSegment.named("paris", "Paris"),
        CustomerSegment.named("lyon", "Lyon"), CustomerSegment.named("lille", "Lille"))), null);
    assertThat(SegmentDrag.move(vm, "lille", "lyon")).isTrue();
    assertThat(order()).containsExactly("paris", "lille", "lyon");
    assertThat(vm.selectedSegmentProperty().get()).isEqualTo("lille");
    assertThat(SegmentDrag.move(vm, "paris", "lyon")).isTrue();
    assertThat(order()).containsExactly("lille", "lyon", "paris");
    assertThat(SegmentDrag.move(vm, "paris", "paris")).isFalse();
    assertThat(SegmentDrag.move(vm, "paris", "nowhere")).isFalse();
    doc.undo();
    doc.undo();
    assertThat(order()).containsExactly("paris", "lyon", "lille");
  }
}
