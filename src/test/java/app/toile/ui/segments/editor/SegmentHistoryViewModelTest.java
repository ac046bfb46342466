package app.toile.ui.segments.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddSegment;
import app.toile.command.EditSegment;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation.Score;
import app.toile.model.SegmentStatus;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.ui.segments.editor.SegmentHistoryViewModel.Point;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The selected segment across the versions, without a toolkit: one point per version that holds
 * it, then now, with its scores, attractiveness, status and customers; none without versions.
 */
class SegmentHistoryViewModelTest {
  private final EditorSession session = TestSessions.direct();
  private SegmentHistoryViewModel vm;

  @BeforeEach
  void open() {
    session.document().load(Canvas.empty(), null);
    session.execute(AddSegment.append(CustomerSegment.named("s1", "Paris")
        .withStatus(SegmentStatus.CANDIDATE)));
    session.selection().selectSegment("s1");
    vm = new SegmentHistoryViewModel(session);
  }

  private void score(int pain, SegmentStatus status, long customers) {
    session.execute(new EditSegment("s1", "command.editSegment", s -> s.withStatus(status)
        .withCustomerCount(customers)
        .withEvaluation(s.evaluation().withScore(Score.PAIN_DEPTH, pain))));
  }

  @Test
  void noVersionNoHistory() {
    assertThat(vm.points()).isEmpty();
  }

  @Test
  void onePointPerVersionThenNow() {
    score(2, SegmentStatus.CANDIDATE, 0);
    session.versions().save("v1");
    score(4, SegmentStatus.FOCUS, 12);
    session.versions().save("v2");
    score(5, SegmentStatus.CONQUERED, 40);

    assertThat(vm.points()).extracting(Point::name).containsExactly("v1", "v2", null);
    assertThat(vm.points()).extracting(p -> p.scores().get(0)).containsExactly(2, 4, 5);
    assertThat(vm.points()).extracting(Point::status).containsExactly(SegmentStatus.CANDIDATE,
        SegmentStatus.FOCUS, SegmentStatus.CONQUERED);
    assertThat(vm.points()).extracting(Point::customers).containsExactly(0L, 12L, 40L);
    assertThat(vm.points().get(2).isNow()).isTrue();
    assertThat(vm.points().get(0).scores()).hasSize(Score.values().length)
        .containsSubsequence(Arrays.asList(2, null));
    assertThat(vm.points().get(0).attractiveness()).isNotNull();
  }

  @Test
  void aVersionWithoutTheSegmentIsLeftOutAndAnotherSegmentHasItsOwn() {
    session.versions().save("before Lyon");
    session.execute(AddSegment.append(CustomerSegment.named("s2", "Lyon")));
    session.versions().save("with Lyon");
    session.selection().selectSegment("s2");
    assertThat(vm.points()).extracting(Point::name).containsExactly("with Lyon", null);
    session.selection().selectSegment("s1");
    assertThat(vm.points()).extracting(Point::name).containsExactly("before Lyon", "with Lyon",
        null);
  }
}
