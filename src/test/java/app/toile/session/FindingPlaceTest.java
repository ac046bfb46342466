package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.validation.Finding;
import app.toile.validation.FindingCode;
import app.toile.validation.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a click on a finding lands. */
class FindingPlaceTest {

  @Test
  void aSegmentFindingLandsOnItsField() {
    Finding f = Finding.of(FindingCode.SEGMENT_WEAK, Target.segment("a", "evaluation"));
    assertThat(FindingPlace.of(f))
        .isEqualTo(new FindingPlace(FindingPlace.Kind.SEGMENT, "a", "evaluation"));
  }

  @Test
  void tooManyFocusSegmentsLandsOnTheStatusOfTheFirst() {
    Finding f = Finding.of(FindingCode.FOCUS_TOO_MANY, Target.canvas("segments"))
        .withRelated(List.of("b", "c"));
    assertThat(FindingPlace.of(f))
        .isEqualTo(new FindingPlace(FindingPlace.Kind.SEGMENT, "b", "status"));
  }

  @Test
  void strategyAndMarketFindingsOpenTheMarketPanel() {
    assertThat(FindingPlace.of(Finding.of(FindingCode.STRATEGY_UNSET, Target.canvas("strategy")))
        .kind()).isEqualTo(FindingPlace.Kind.MARKET);
    assertThat(FindingPlace.of(Finding.of(FindingCode.SEGMENT_BAD_RANGE,
        Target.canvas("market.target.ageMin"))).kind()).isEqualTo(FindingPlace.Kind.MARKET);
  }

  @Test
  void noSegmentAtAllLandsOnTheBlockAndANoteLinkOnTheNote() {
    assertThat(FindingPlace.of(Finding.of(FindingCode.CANVAS_NO_SEGMENT,
        Target.canvas("segments"))).kind()).isEqualTo(FindingPlace.Kind.SEGMENTS_BLOCK);
    assertThat(FindingPlace.of(Finding.of(FindingCode.LINK_DANGLING,
        Target.note("n-1", "segmentIds[0]"))))
        .isEqualTo(new FindingPlace(FindingPlace.Kind.NOTE, "n-1", "segmentIds[0]"));
  }
}
