package app.toile.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roadmap: conquered, focus, then next in expansion order, and the customers won. */
class RoadmapTest {
  private static CustomerSegment seg(String id, SegmentStatus status, Long count) {
    return CustomerSegment.named(id, id).withStatus(status).withCustomerCount(count);
  }

  @Test
  void stepsFollowTheStatusesThenTheExpansionOrder() {
    Canvas c = Canvas.empty().withSegments(List.of(
        seg("lille", SegmentStatus.NEXT, null),
        seg("paris", SegmentStatus.FOCUS, 3500L),
        seg("lyon", SegmentStatus.NEXT, null),
        seg("bordeaux", SegmentStatus.CONQUERED, 1200L),
        seg("nice", SegmentStatus.DROPPED, 50L),
        seg("nantes", SegmentStatus.CANDIDATE, 10L)));
    Roadmap r = Roadmap.of(c);
    assertThat(r.steps()).extracting(CustomerSegment::id)
        .containsExactly("bordeaux", "paris", "lille", "lyon");
    assertThat(r.customersWon()).isEqualTo(4700);
  }

  @Test
  void reorderingTheSegmentsReordersTheNextSteps() {
    Canvas c = Canvas.empty().withSegments(List.of(
        seg("lyon", SegmentStatus.NEXT, null), seg("lille", SegmentStatus.NEXT, null)));
    assertThat(Roadmap.of(c).next()).extracting(CustomerSegment::id).containsExactly("lyon", "lille");
    Canvas swapped = c.withSegments(List.of(c.segments().get(1), c.segments().get(0)));
    assertThat(Roadmap.of(swapped).next()).extracting(CustomerSegment::id)
        .containsExactly("lille", "lyon");
  }

  @Test
  void negativeCountsAreNoCustomersAndAnEmptyPlanIsEmpty() {
    Canvas c = Canvas.empty().withSegments(List.of(seg("a", SegmentStatus.FOCUS, -5L),
        seg("b", SegmentStatus.CANDIDATE, null)));
    assertThat(Roadmap.of(c).customersWon()).isZero();
    assertThat(Roadmap.of(Canvas.empty()).isEmpty()).isTrue();
  }
}
