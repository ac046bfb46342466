package app.toile.validation;

import static app.toile.validation.Canvases.clean;
import static app.toile.validation.Canvases.count;
import static app.toile.validation.Canvases.findings;
import static app.toile.validation.Canvases.plus;
import static app.toile.validation.Canvases.scores;
import static app.toile.validation.Canvases.segment;
import static app.toile.validation.Canvases.withSegment;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.Geographic;
import app.toile.model.SegmentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conquest plan: a segment at all, one focus, its checklist, no expansion before conquest. */
class PlanRulesTest {

  @Test
  void aCanvasWithOnlyDroppedSegmentsHasSegments() {
    Canvas c = withSegment(withSegment(clean(), "lyon", s -> s.withStatus(SegmentStatus.DROPPED)),
        "paris", s -> s.withStatus(SegmentStatus.DROPPED));
    assertThat(count(c, FindingCode.CANVAS_NO_SEGMENT)).isZero();
    assertThat(count(c, FindingCode.FOCUS_NONE)).isZero();
    assertThat(count(c.withSegments(List.of()), FindingCode.CANVAS_NO_SEGMENT)).isEqualTo(1);
  }

  @Test
  void withoutFocusNorConquestTheBestRankedSegmentIsSuggested() {
    Canvas c = withSegment(clean(), "paris", s -> s.withStatus(SegmentStatus.CANDIDATE)
        .withEvaluation(scores(2, 2, 2, 2, 3)));
    assertThat(findings(c, FindingCode.FOCUS_NONE)).singleElement().satisfies(f -> {
      assertThat(f.target()).isEqualTo(Target.canvas("segments"));
      assertThat(f.relatedSegmentIds()).containsExactly("lyon");
    });
  }

  @Test
  void withNoScoreAnywhereTheSuggestionSaysItRestsOnNames() {
    Canvas c = withSegment(withSegment(clean(), "paris", s -> s.withStatus(SegmentStatus.NEXT)
        .withEvaluation(scores(null, null, null, null, null))), "lyon",
        s -> s.withEvaluation(scores(9, null, null, null, null)));
    assertThat(findings(c, FindingCode.FOCUS_NONE)).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("finding.FOCUS_NONE.unscored");
      assertThat(f.relatedSegmentIds()).containsExactly("lyon");
    });
  }

  @Test
  void aConqueredSegmentIsEnoughToHaveNoFocusWarning() {
    Canvas c = withSegment(clean(), "paris", s -> s.withStatus(SegmentStatus.CONQUERED));
    assertThat(count(c, FindingCode.FOCUS_NONE)).isZero();
  }

  @Test
  void twoFocusSegmentsAreOneFindingNamingBoth() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withStatus(SegmentStatus.FOCUS));
    assertThat(findings(c, FindingCode.FOCUS_TOO_MANY)).singleElement()
        .satisfies(f -> assertThat(f.relatedSegmentIds()).containsExactly("paris", "lyon"));
    assertThat(count(c, FindingCode.FOCUS_NONE)).isZero();
    Canvas three = plus(c, segment("lille", "Lille", "Lille").withStatus(SegmentStatus.FOCUS));
    assertThat(count(three, FindingCode.FOCUS_TOO_MANY)).isEqualTo(1);
  }

  @Test
  void aFocusWithoutCountryRegionOrCityIsNotGeographic() {
    Canvas c = withSegment(clean(), "paris", s -> s.withProfile(s.profile()
        .withGeographic(Geographic.EMPTY.withCity(" ").withAreaType(app.toile.model.AreaType.URBAN))));
    assertThat(findings(c, FindingCode.FOCUS_NOT_GEOGRAPHIC)).singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(
            Target.segment("paris", "profile.geographic")));
    Canvas country = withSegment(clean(), "paris",
        s -> s.withProfile(s.profile().withGeographic(Geographic.EMPTY.withCountry("France"))));
    assertThat(count(country, FindingCode.FOCUS_NOT_GEOGRAPHIC)).isZero();
  }

  @Test
  void onlyTheFocusNeedsAPlace() {
    Canvas c = withSegment(clean(), "lyon",
        s -> s.withProfile(s.profile().withGeographic(Geographic.EMPTY)
            .withPsychographic(app.toile.model.Psychographic.EMPTY.withLifestyle("Busy"))));
    assertThat(count(c, FindingCode.FOCUS_NOT_GEOGRAPHIC)).isZero();
  }

  @Test
  void theFocusNeedsFitOrRetentionTicked() {
    Canvas none = withSegment(clean(), "paris", s -> s.withConquest(Conquest.EMPTY));
    assertThat(count(none, FindingCode.FOCUS_NO_PMF)).isEqualTo(1);
    Canvas falses = withSegment(clean(), "paris", s -> s.withConquest(
        Conquest.EMPTY.withProductMarketFit(false).withRetentionWorked(false)));
    assertThat(count(falses, FindingCode.FOCUS_NO_PMF)).isEqualTo(1);
    Canvas retention = withSegment(clean(), "paris",
        s -> s.withConquest(Conquest.EMPTY.withRetentionWorked(true)));
    assertThat(count(retention, FindingCode.FOCUS_NO_PMF)).isZero();
    Canvas candidate = withSegment(none, "paris", s -> s.withStatus(SegmentStatus.CANDIDATE));
    assertThat(count(candidate, FindingCode.FOCUS_NO_PMF)).isZero();
  }

  private static Canvas lyonPlan(String plan) {
    return withSegment(clean(), "lyon",
        s -> s.withConquest(Conquest.EMPTY.withPlan(Conquest.Lever.RETENTION, plan)));
  }

  @Test
  void aPlanForANextSegmentBeforeAnyConquestIsExpansion() {
    assertThat(findings(lyonPlan("Monthly call"), FindingCode.EXPANSION_BEFORE_CONQUEST))
        .singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(Target.segment("lyon", "conquest.retention")));
    assertThat(count(lyonPlan(" \u00a0"), FindingCode.EXPANSION_BEFORE_CONQUEST)).isZero();
  }

  @Test
  void expansionIsReportedOncePerSegmentWhateverTheNumberOfPlans() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withConquest(Conquest.EMPTY
        .withPlan(Conquest.Lever.CONVERSION, "Trial").withPlan(Conquest.Lever.LOYALTY, "Club")));
    assertThat(findings(c, FindingCode.EXPANSION_BEFORE_CONQUEST)).singleElement()
        .satisfies(f -> assertThat(f.target().field()).isEqualTo("conquest.conversion"));
  }

  @Test
  void expansionAppliesToCandidatesWithOrWithoutAFocus() {
    Canvas candidate = withSegment(lyonPlan("Call"), "lyon",
        s -> s.withStatus(SegmentStatus.CANDIDATE));
    assertThat(count(candidate, FindingCode.EXPANSION_BEFORE_CONQUEST)).isEqualTo(1);
    Canvas noFocus = withSegment(candidate, "paris", s -> s.withStatus(SegmentStatus.CANDIDATE));
    assertThat(count(noFocus, FindingCode.EXPANSION_BEFORE_CONQUEST)).isEqualTo(2);
  }

  @Test
  void noExpansionOnceASegmentIsConqueredNorForTheFocusOrDroppedOnes() {
    Canvas conquered = plus(lyonPlan("Call"),
        segment("lille", "Lille", "Lille").withStatus(SegmentStatus.CONQUERED));
    assertThat(count(conquered, FindingCode.EXPANSION_BEFORE_CONQUEST)).isZero();
    Canvas dropped = withSegment(lyonPlan("Call"), "lyon", s -> s.withStatus(SegmentStatus.DROPPED));
    assertThat(count(dropped, FindingCode.EXPANSION_BEFORE_CONQUEST)).isZero();
    // The clean canvas's focus has an acquisition plan: that is where the effort belongs.
    assertThat(count(clean(), FindingCode.EXPANSION_BEFORE_CONQUEST)).isZero();
  }
}
