package app.toile.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import app.toile.validation.Finding;
import app.toile.validation.FindingCode;
import app.toile.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Live validation: findings follow every canvas, large canvases validate off the caller's thread. */
class FindingsViewModelTest {
  private final SimpleObjectProperty<Canvas> canvas = new SimpleObjectProperty<>(Canvas.empty());
  private final SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
  private final List<Runnable> worker = new ArrayList<>();
  private final List<Runnable> ui = new ArrayList<>();
  private final SimpleBooleanProperty open = new SimpleBooleanProperty(true);
  private final FindingsViewModel vm =
      new FindingsViewModel(canvas, open, locale, worker::add, ui::add);

  private List<FindingCode> codes() {
    return vm.findings().stream().map(Finding::code).toList();
  }

  @Test
  void everyCanvasIsValidatedAtOnce() {
    assertThat(codes()).contains(FindingCode.CANVAS_NO_SEGMENT);
    canvas.set(Canvas.empty().withSegments(List.of(CustomerSegment.named("a", " "))));
    assertThat(codes()).contains(FindingCode.SEGMENT_NO_NAME, FindingCode.SEGMENT_NO_NEED)
        .doesNotContain(FindingCode.CANVAS_NO_SEGMENT);
    assertThat(vm.summary().worst("a")).isEqualTo(Severity.ERROR);
    assertThat(vm.forSegment("a")).extracting(Finding::code).contains(FindingCode.SEGMENT_NO_NAME);
    assertThat(vm.ranking().ids()).containsExactly("a");
    assertThat(worker).isEmpty();
  }

  @Test
  void messagesFollowTheLanguage() {
    canvas.set(Canvas.empty().withSegments(List.of(CustomerSegment.named("a", "Paris"))));
    Finding noNeed = vm.forSegment("a").stream()
        .filter(f -> f.code() == FindingCode.SEGMENT_NO_NEED).findFirst().orElseThrow();
    String english = vm.message(noNeed);
    locale.set(Locale.FRENCH);
    assertThat(vm.message(noNeed)).isNotEqualTo(english).contains("Paris");
  }

  @Test
  void aLargeCanvasIsValidatedOnTheWorkerAndAStaleResultIsDropped() {
    List<CustomerSegment> many = IntStream.range(0, FindingsViewModel.LARGE + 3)
        .mapToObj(i -> CustomerSegment.named("s" + i, "Segment " + i)
            .withStatus(i == 0 ? SegmentStatus.FOCUS : SegmentStatus.NEXT)).toList();
    Canvas large = Canvas.empty().withSegments(many);
    canvas.set(large);
    assertThat(codes()).contains(FindingCode.CANVAS_NO_SEGMENT);
    assertThat(worker).hasSize(1);
    worker.remove(0).run();
    ui.remove(0).run();
    assertThat(vm.resultProperty().get().canvas()).isSameAs(large);
    assertThat(codes()).doesNotContain(FindingCode.CANVAS_NO_SEGMENT);

    Canvas larger = large.withSegments(many.subList(1, many.size()));
    canvas.set(larger);
    canvas.set(large.withStrategy(null).withSegments(many.subList(2, many.size())));
    worker.remove(0).run();
    ui.remove(0).run();
    assertThat(vm.resultProperty().get().canvas()).as("stale: the canvas moved on").isSameAs(large);
  }

  @Test
  void validationOfASampleSizedCanvasTakesLessThanAFrame() {
    List<CustomerSegment> segments = IntStream.range(0, 50)
        .mapToObj(i -> CustomerSegment.named("s" + i, "Segment " + i).withNeed("Need " + i))
        .toList();
    Canvas c = Canvas.empty().withSegments(segments);
    for (int i = 0; i < 20; i++) {
      canvas.set(c.withStrategy(null).withSegments(segments.subList(0, 50 - i % 2)));
    }
    long start = System.nanoTime();
    canvas.set(c);
    long micros = (System.nanoTime() - start) / 1000;
    assertThat(micros).as("one validation of 50 segments, in µs").isLessThan(16_000);
  }
}
