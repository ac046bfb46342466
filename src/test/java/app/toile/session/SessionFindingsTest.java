package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.EditCanvas;
import app.toile.model.Block;
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
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * Live validation in the session: one result per revision, large canvases validated on the
 * injected worker, stale results dropped.
 */
class SessionFindingsTest {
  private final List<Runnable> worker = new ArrayList<>();
  private final List<Runnable> ui = new ArrayList<>();
  private final SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
  private final EditorSession session = TestSessions.with(worker::add, ui::add, locale);
  private final Document document = session.document();
  private int published;

  SessionFindingsTest() {
    session.findings().resultProperty().addListener(o -> published++);
  }

  private List<FindingCode> codes() {
    return session.findings().result().findings().stream().map(Finding::code).toList();
  }

  private void edit(Canvas to) {
    session.execute(new EditCanvas("command.editMarket", c -> to));
  }

  @Test
  void everyRevisionIsValidatedOnceAndAtOnce() {
    assertThat(codes()).as("no canvas open").isEmpty();
    document.load(Canvas.empty(), null);
    assertThat(codes()).contains(FindingCode.CANVAS_NO_SEGMENT);
    int before = published;
    edit(Canvas.empty().withSegments(List.of(CustomerSegment.named("a", " "))));
    assertThat(published - before).isEqualTo(1);
    assertThat(codes()).contains(FindingCode.SEGMENT_NO_NAME, FindingCode.SEGMENT_NO_NEED)
        .doesNotContain(FindingCode.CANVAS_NO_SEGMENT);
    assertThat(session.findings().result().summary().worst("a")).isEqualTo(Severity.ERROR);
    assertThat(session.findingsOf("a")).extracting(Finding::code)
        .contains(FindingCode.SEGMENT_NO_NAME);
    assertThat(worker).isEmpty();
  }

  @Test
  void movingInTheGuideValidatesNothing() {
    document.load(Canvas.empty(), null);
    int before = published;
    session.guide().open();
    session.guide().goTo(Block.CHANNELS);
    session.guide().leave();
    assertThat(published).isEqualTo(before);
  }

  @Test
  void aResultWorkedOutBeforeTheCanvasOpensIsUsed() {
    Canvas c = Canvas.empty().withSegments(List.of(CustomerSegment.named("a", "Paris")));
    FindingsResult early = FindingsResult.of(c);
    session.findings().offer(early);
    ui.remove(0).run();
    document.load(c, null);
    assertThat(session.findings().result()).isSameAs(early);
  }

  @Test
  void aLargeCanvasIsValidatedOnTheWorkerAndAStaleResultIsDropped() {
    List<CustomerSegment> many = IntStream.range(0, SessionFindings.LARGE + 3)
        .mapToObj(i -> CustomerSegment.named("s" + i, "Segment " + i)
            .withStatus(i == 0 ? SegmentStatus.FOCUS : SegmentStatus.NEXT)).toList();
    Canvas large = Canvas.empty().withSegments(many);
    document.load(Canvas.empty(), null);
    edit(large);
    assertThat(codes()).contains(FindingCode.CANVAS_NO_SEGMENT);
    assertThat(worker).hasSize(1);
    worker.remove(0).run();
    ui.remove(0).run();
    assertThat(session.findings().result().canvas()).isSameAs(large);
    assertThat(codes()).doesNotContain(FindingCode.CANVAS_NO_SEGMENT);

    edit(large.withSegments(many.subList(1, many.size())));
    edit(large.withStrategy(null).withSegments(many.subList(2, many.size())));
    worker.remove(0).run();
    ui.remove(0).run();
    assertThat(session.findings().result().canvas()).as("stale: the canvas moved on")
        .isSameAs(large);
  }

  @Test
  void aSegmentsNameNeedsNoMessagesInTheView() {
    document.load(Canvas.empty().withSegments(List.of(CustomerSegment.named("a", "Paris"))),
        null);
    assertThat(session.segmentName("a")).contains("Paris");
  }
}
