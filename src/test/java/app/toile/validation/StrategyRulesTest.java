package app.toile.validation;

import static app.toile.validation.Canvases.clean;
import static app.toile.validation.Canvases.count;
import static app.toile.validation.Canvases.findings;
import static app.toile.validation.Canvases.withSegment;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The segment strategy against the number of active segments. */
class StrategyRulesTest {

  private static Canvas oneActive(SegmentStrategy strategy) {
    return withSegment(clean(), "lyon", s -> s.withStatus(SegmentStatus.DROPPED))
        .withStrategy(strategy);
  }

  @Test
  void noStrategyIsReportedOnce() {
    assertThat(findings(clean().withStrategy(null), FindingCode.STRATEGY_UNSET)).singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(Target.canvas("strategy")));
  }

  @Test
  void massMarketWithTwoActiveSegmentsIsSegmented() {
    assertThat(findings(clean().withStrategy(SegmentStrategy.MASS_MARKET),
        FindingCode.STRATEGY_MASS_MARKET_SEGMENTED)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly(2));
    assertThat(count(oneActive(SegmentStrategy.MASS_MARKET),
        FindingCode.STRATEGY_MASS_MARKET_SEGMENTED)).isZero();
  }

  @Test
  void nicheWithTwoActiveSegmentsIsBroad() {
    assertThat(count(clean().withStrategy(SegmentStrategy.NICHE), FindingCode.STRATEGY_NICHE_BROAD))
        .isEqualTo(1);
    assertThat(count(oneActive(SegmentStrategy.NICHE), FindingCode.STRATEGY_NICHE_BROAD)).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = SegmentStrategy.class, names = {"SEGMENTED", "DIVERSIFIED",
      "MULTI_SIDED_PLATFORM"})
  void strategiesOfSeveralGroupsNeedTwoActiveSegments(SegmentStrategy strategy) {
    assertThat(findings(oneActive(strategy), FindingCode.STRATEGY_NEEDS_SEVERAL)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly(strategy, 1));
    assertThat(count(clean().withStrategy(strategy), FindingCode.STRATEGY_NEEDS_SEVERAL)).isZero();
    assertThat(count(Canvas.empty().withStrategy(strategy), FindingCode.STRATEGY_NEEDS_SEVERAL))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(value = SegmentStrategy.class, names = {"MASS_MARKET", "NICHE"})
  void oneGroupStrategiesAcceptASingleSegment(SegmentStrategy strategy) {
    assertThat(Validator.validate(oneActive(strategy)))
        .extracting(Finding::code)
        .doesNotContain(FindingCode.STRATEGY_MASS_MARKET_SEGMENTED, FindingCode.STRATEGY_NICHE_BROAD,
            FindingCode.STRATEGY_NEEDS_SEVERAL, FindingCode.STRATEGY_UNSET);
  }
}
