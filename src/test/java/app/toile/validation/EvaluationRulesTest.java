package app.toile.validation;

import static app.toile.validation.Canvases.clean;
import static app.toile.validation.Canvases.count;
import static app.toile.validation.Canvases.findings;
import static app.toile.validation.Canvases.scores;
import static app.toile.validation.Canvases.withSegment;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.Evaluation;
import app.toile.model.SegmentStatus;
import org.junit.jupiter.api.Test;

/** The rules on a segment's evaluation: not evaluated, weak, small share, mission misfit. */
class EvaluationRulesTest {

  private static Canvas lyon(Evaluation e) {
    return withSegment(clean(), "lyon", s -> s.withEvaluation(e));
  }

  @Test
  void noScoreAtAllIsNotEvaluated() {
    assertThat(findings(lyon(Evaluation.EMPTY), FindingCode.SEGMENT_NOT_EVALUATED)).singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(Target.segment("lyon", "evaluation")));
    assertThat(count(lyon(scores(null, null, 1, null, null)), FindingCode.SEGMENT_NOT_EVALUATED))
        .isZero();
  }

  @Test
  void scoresOutOfRangeCountAsUnset() {
    Canvas c = lyon(scores(0, 6, -1, 7, 100));
    assertThat(count(c, FindingCode.SEGMENT_NOT_EVALUATED)).isEqualTo(1);
    assertThat(count(c, FindingCode.SEGMENT_BAD_RANGE)).isEqualTo(5);
  }

  @Test
  void droppedSegmentsNeedNoEvaluation() {
    Canvas c = withSegment(lyon(Evaluation.EMPTY), "lyon", s -> s.withStatus(SegmentStatus.DROPPED));
    assertThat(count(c, FindingCode.SEGMENT_NOT_EVALUATED)).isZero();
  }

  @Test
  void weakWhenPainAndBudgetAreBothAtMostTwo() {
    assertThat(findings(lyon(scores(2, 2, 5, 5, 5)), FindingCode.SEGMENT_WEAK)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly(2, 2));
    assertThat(count(lyon(scores(1, 1, null, null, null)), FindingCode.SEGMENT_WEAK)).isEqualTo(1);
    assertThat(count(lyon(scores(2, 3, 5, 5, 5)), FindingCode.SEGMENT_WEAK)).isZero();
    assertThat(count(lyon(scores(3, 2, 5, 5, 5)), FindingCode.SEGMENT_WEAK)).isZero();
  }

  @Test
  void weakNeedsBothScoresSetAndInRange() {
    assertThat(count(lyon(scores(1, null, 5, 5, 5)), FindingCode.SEGMENT_WEAK)).isZero();
    assertThat(count(lyon(scores(null, 1, 5, 5, 5)), FindingCode.SEGMENT_WEAK)).isZero();
    assertThat(count(lyon(scores(0, 1, 5, 5, 5)), FindingCode.SEGMENT_WEAK)).isZero();
  }

  @Test
  void weakLooksAtDroppedSegmentsToo() {
    Canvas c = withSegment(lyon(scores(1, 1, 1, 1, 1)), "lyon",
        s -> s.withStatus(SegmentStatus.DROPPED));
    assertThat(count(c, FindingCode.SEGMENT_WEAK)).isEqualTo(1);
    assertThat(count(c, FindingCode.SEGMENT_MISSION_MISFIT)).isEqualTo(1);
  }

  @Test
  void smallShareIsBelowTenPercent() {
    Evaluation base = scores(4, 4, 4, 4, 4);
    assertThat(findings(lyon(base.withMarketSharePercent(9.9)), FindingCode.SEGMENT_SMALL_SHARE))
        .singleElement()
        .satisfies(f -> assertThat(f.target().field()).isEqualTo("evaluation.marketSharePercent"));
    assertThat(count(lyon(base.withMarketSharePercent(0.0)), FindingCode.SEGMENT_SMALL_SHARE))
        .isEqualTo(1);
    assertThat(count(lyon(base.withMarketSharePercent(10.0)), FindingCode.SEGMENT_SMALL_SHARE))
        .isZero();
    assertThat(count(lyon(base.withMarketSharePercent(null)), FindingCode.SEGMENT_SMALL_SHARE))
        .isZero();
  }

  @Test
  void aNegativeShareIsOutOfRangeNotSmall() {
    Canvas c = lyon(scores(4, 4, 4, 4, 4).withMarketSharePercent(-5.0));
    assertThat(count(c, FindingCode.SEGMENT_SMALL_SHARE)).isZero();
    assertThat(count(c, FindingCode.SEGMENT_BAD_RANGE)).isEqualTo(1);
  }

  @Test
  void missionMisfitIsAValueOfTwoOrLess() {
    assertThat(findings(lyon(scores(4, 4, 4, 4, 2)), FindingCode.SEGMENT_MISSION_MISFIT))
        .singleElement()
        .satisfies(f -> assertThat(f.target().field()).isEqualTo("evaluation.value"));
    assertThat(count(lyon(scores(4, 4, 4, 4, 3)), FindingCode.SEGMENT_MISSION_MISFIT)).isZero();
    assertThat(count(lyon(scores(4, 4, 4, 4, null)), FindingCode.SEGMENT_MISSION_MISFIT)).isZero();
    assertThat(count(lyon(scores(4, 4, 4, 4, 0)), FindingCode.SEGMENT_MISSION_MISFIT)).isZero();
  }
}
