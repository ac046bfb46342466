package app.toile.validation;

import static app.toile.validation.Canvases.clean;
import static app.toile.validation.Canvases.count;
import static app.toile.validation.Canvases.findings;
import static app.toile.validation.Canvases.scores;
import static app.toile.validation.Canvases.withSegment;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.Demographic;
import app.toile.model.Market;
import app.toile.model.Profile;
import app.toile.model.SegmentStatus;
import app.toile.model.TargetProfile;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** SEGMENT_BAD_RANGE: once per offending field, ages, scores, share and negative numbers. */
class RangeRuleTest {

  private static Canvas ages(Integer min, Integer max) {
    return withSegment(clean(), "lyon", s -> s.withProfile(
        s.profile().withDemographic(Demographic.EMPTY.withAgeMin(min).withAgeMax(max))));
  }

  private static java.util.List<String> fields(Canvas c) {
    return findings(c, FindingCode.SEGMENT_BAD_RANGE).stream().map(f -> f.target().field()).toList();
  }

  @Test
  void agesFromZeroToOneHundredTwentyAreFine() {
    assertThat(count(ages(0, 120), FindingCode.SEGMENT_BAD_RANGE)).isZero();
    assertThat(count(ages(30, 30), FindingCode.SEGMENT_BAD_RANGE)).isZero();
  }

  @Test
  void eachAgeOutOfRangeIsOneFindingOnItsField() {
    assertThat(fields(ages(-1, 121)))
        .containsExactly("profile.demographic.ageMin", "profile.demographic.ageMax");
    assertThat(fields(ages(-3, null))).containsExactly("profile.demographic.ageMin");
  }

  @Test
  void minimumAboveMaximumIsOneFindingOnTheMaximum() {
    assertThat(findings(ages(40, 30), FindingCode.SEGMENT_BAD_RANGE)).singleElement()
        .satisfies(f -> {
          assertThat(f.target()).isEqualTo(Target.segment("lyon", "profile.demographic.ageMax"));
          assertThat(f.messageKey()).isEqualTo("finding.SEGMENT_BAD_RANGE.ageOrder");
          assertThat(f.arguments()).containsExactly(30, 40);
        });
  }

  @Test
  void anAgeOutOfRangeIsNotComparedWithTheOther() {
    // 150 is out of range, so it is unset for the order check: one finding, not two.
    assertThat(fields(ages(150, 30))).containsExactly("profile.demographic.ageMin");
    assertThat(fields(ages(40, 130))).containsExactly("profile.demographic.ageMax");
  }

  @Test
  void scoresOutsideOneToFiveAreEachReported() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withEvaluation(scores(0, 6, 1, 5, -2)));
    assertThat(fields(c)).containsExactly("evaluation.painDepth", "evaluation.budget",
        "evaluation.value");
  }

  @Test
  void shareIsFromZeroToOneHundred() {
    for (double ok : new double[] {0, 100, 9.9}) {
      Canvas c = withSegment(clean(), "lyon",
          s -> s.withEvaluation(s.evaluation().withMarketSharePercent(ok)));
      assertThat(count(c, FindingCode.SEGMENT_BAD_RANGE)).as("%s", ok).isZero();
    }
    for (double bad : new double[] {-0.1, 100.01, Double.NaN}) {
      Canvas c = withSegment(clean(), "lyon",
          s -> s.withEvaluation(s.evaluation().withMarketSharePercent(bad)));
      assertThat(fields(c)).as("%s", bad).containsExactly("evaluation.marketSharePercent");
    }
  }

  @Test
  void negativeSizeCountAndAmountAreReportedZeroIsNot() {
    Canvas bad = withSegment(clean(), "lyon", s -> s.withCustomerCount(-1L)
        .withEvaluation(s.evaluation().withEstimatedCustomers(-10L)
            .withBudgetAmount(new BigDecimal("-0.01"))));
    assertThat(fields(bad)).containsExactly("evaluation.estimatedCustomers",
        "evaluation.budgetAmount", "customerCount");
    Canvas zero = withSegment(clean(), "lyon", s -> s.withCustomerCount(0L)
        .withEvaluation(s.evaluation().withEstimatedCustomers(0L).withBudgetAmount(BigDecimal.ZERO)));
    assertThat(count(zero, FindingCode.SEGMENT_BAD_RANGE)).isZero();
  }

  @Test
  void droppedSegmentsAreCheckedToo() {
    Canvas c = withSegment(ages(-1, null), "lyon", s -> s.withStatus(SegmentStatus.DROPPED));
    assertThat(count(c, FindingCode.SEGMENT_BAD_RANGE)).isEqualTo(1);
  }

  @Test
  void theMarketsTargetAgesAreCheckedOnTheCanvas() {
    Canvas c = clean().withMarket(clean().market().withTarget(
        TargetProfile.EMPTY.withAgeMin(-3).withAgeMax(200)));
    assertThat(findings(c, FindingCode.SEGMENT_BAD_RANGE)).extracting(Finding::target)
        .containsExactly(Target.canvas("market.target.ageMin"), Target.canvas("market.target.ageMax"));
    Canvas reversed = clean().withMarket(Market.EMPTY.withTarget(
        TargetProfile.EMPTY.withAgeMin(60).withAgeMax(18)));
    assertThat(findings(reversed, FindingCode.SEGMENT_BAD_RANGE)).singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(Target.canvas("market.target.ageMax")));
  }

  @Test
  void outOfRangeScoresAreNotWeakNorMisfits() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withEvaluation(scores(-1, 0, 3, 3, -5)));
    assertThat(count(c, FindingCode.SEGMENT_WEAK)).isZero();
    assertThat(count(c, FindingCode.SEGMENT_MISSION_MISFIT)).isZero();
    assertThat(count(c, FindingCode.SEGMENT_BAD_RANGE)).isEqualTo(3);
  }

  @Test
  void profileWithOnlyBadAgesHasNoCriteria() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withProfile(Profile.EMPTY.withDemographic(
        Demographic.EMPTY.withAgeMin(-5).withAgeMax(500))));
    assertThat(count(c, FindingCode.SEGMENT_NO_CRITERIA)).isEqualTo(1);
  }
}
