package app.toile.command;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generic segment and canvas edits. */
class EditSegmentTest {
  private final Canvas canvas = Canvas.empty().withSegments(
      List.of(CustomerSegment.named("a", "Paris"), CustomerSegment.named("b", "Lyon")));

  @Test
  void changesOneSegmentAndLeavesTheOthers() {
    Canvas after = new EditSegment("a", "command.editSegment", s -> s.withNeed("Time")).apply(canvas);
    assertThat(after.segment("a").orElseThrow().need()).isEqualTo("Time");
    assertThat(after.segment("b")).isEqualTo(canvas.segment("b"));
  }

  @Test
  void aMissingSegmentChangesNothingAndTheStackRecordsNothing() {
    UndoStack stack = new UndoStack(canvas);
    assertThat(stack.execute(new EditSegment("zz", "command.editSegment", s -> s.withNeed("x"))))
        .isFalse();
    assertThat(stack.execute(new EditCanvas("command.editMarket",
        c -> c.withStrategy(SegmentStrategy.NICHE)))).isTrue();
    stack.undo();
    assertThat(stack.canvas()).isEqualTo(canvas);
  }
}
