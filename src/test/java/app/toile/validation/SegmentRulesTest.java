package app.toile.validation;

import static app.toile.validation.Canvases.clean;
import static app.toile.validation.Canvases.count;
import static app.toile.validation.Canvases.findings;
import static app.toile.validation.Canvases.withSegment;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.AreaType;
import app.toile.model.Canvas;
import app.toile.model.CustomerKind;
import app.toile.model.Demographic;
import app.toile.model.Geographic;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.Profile;
import app.toile.model.Psychographic;
import app.toile.model.SegmentStatus;
import org.junit.jupiter.api.Test;

/** The rules on one segment alone: names, need, criteria, kind of customer. */
class SegmentRulesTest {

  @Test
  void blankNamesAreReportedOnTheNameField() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withName(" \u00a0\t"));
    assertThat(findings(c, FindingCode.SEGMENT_NO_NAME))
        .singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(Target.segment("lyon", "name")));
    assertThat(count(withSegment(clean(), "lyon", s -> s.withName(null)),
        FindingCode.SEGMENT_NO_NAME)).isEqualTo(1);
    assertThat(count(withSegment(clean(), "lyon", s -> s.withName(".")),
        FindingCode.SEGMENT_NO_NAME)).isZero();
  }

  @Test
  void droppedSegmentsStillNeedANameAndANeed() {
    Canvas c = withSegment(clean(), "lyon",
        s -> s.withStatus(SegmentStatus.DROPPED).withName("").withNeed(" "));
    assertThat(count(c, FindingCode.SEGMENT_NO_NAME)).isEqualTo(1);
    assertThat(count(c, FindingCode.SEGMENT_NO_NEED)).isEqualTo(1);
  }

  @Test
  void aBlankNeedIsNoNeed() {
    assertThat(count(withSegment(clean(), "paris", s -> s.withNeed("\u202f")),
        FindingCode.SEGMENT_NO_NEED)).isEqualTo(1);
    assertThat(count(withSegment(clean(), "paris", s -> s.withNeed("x")),
        FindingCode.SEGMENT_NO_NEED)).isZero();
  }

  @Test
  void aSegmentWithoutCriteriaIsReportedOnItsProfile() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withProfile(Profile.EMPTY));
    assertThat(findings(c, FindingCode.SEGMENT_NO_CRITERIA)).singleElement()
        .satisfies(f -> assertThat(f.target().field()).isEqualTo("profile"));
  }

  @Test
  void theAreaTypeAloneIsNoGeographicCriterion() {
    Profile areaOnly = Profile.EMPTY.withGeographic(Geographic.EMPTY.withAreaType(AreaType.URBAN)
        .withCountry("  "));
    assertThat(count(withSegment(clean(), "lyon", s -> s.withProfile(areaOnly)),
        FindingCode.SEGMENT_NO_CRITERIA)).isEqualTo(1);
    Profile region = Profile.EMPTY.withGeographic(Geographic.EMPTY.withRegion("Rhône"));
    assertThat(count(withSegment(clean(), "lyon", s -> s.withProfile(region)),
        FindingCode.SEGMENT_NO_CRITERIA)).isZero();
  }

  @Test
  void anAgeInRangeIsADemographicCriterionButAnAgeOutOfRangeIsNot() {
    Profile age = Profile.EMPTY.withDemographic(Demographic.EMPTY.withAgeMax(0));
    assertThat(count(withSegment(clean(), "lyon", s -> s.withProfile(age)),
        FindingCode.SEGMENT_NO_CRITERIA)).isZero();
    Profile badAge = Profile.EMPTY.withDemographic(Demographic.EMPTY.withAgeMin(121));
    Canvas c = withSegment(clean(), "lyon", s -> s.withProfile(badAge));
    assertThat(count(c, FindingCode.SEGMENT_NO_CRITERIA)).isEqualTo(1);
    assertThat(count(c, FindingCode.SEGMENT_BAD_RANGE)).isEqualTo(1);
  }

  @Test
  void anyPsychographicOrDemographicTextIsACriterion() {
    Profile psycho = Profile.EMPTY.withPsychographic(Psychographic.EMPTY.withLifestyle("Nomad"));
    Profile demo = Profile.EMPTY.withDemographic(Demographic.EMPTY.withOther("Left-handed"));
    Profile blank = Profile.EMPTY.withPsychographic(Psychographic.EMPTY.withBehaviour(" "))
        .withDemographic(Demographic.EMPTY.withGender(""));
    assertThat(count(withSegment(clean(), "lyon", s -> s.withProfile(psycho)),
        FindingCode.SEGMENT_NO_CRITERIA)).isZero();
    assertThat(count(withSegment(clean(), "lyon", s -> s.withProfile(demo)),
        FindingCode.SEGMENT_NO_CRITERIA)).isZero();
    assertThat(count(withSegment(clean(), "lyon", s -> s.withProfile(blank)),
        FindingCode.SEGMENT_NO_CRITERIA)).isEqualTo(1);
  }

  @Test
  void peopleInAProfessionalMarketAreAMismatchUnlessDropped() {
    Canvas pro = clean().withMarket(Market.EMPTY.withDomain(MarketDomain.PROFESSIONAL));
    assertThat(count(pro, FindingCode.MARKET_KIND_MISMATCH)).isZero();
    Canvas people = withSegment(pro, "lyon", s -> s.withCustomerKind(CustomerKind.PEOPLE));
    assertThat(findings(people, FindingCode.MARKET_KIND_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(Target.segment("lyon", "customerKind")));
    assertThat(count(withSegment(pro, "lyon", s -> s.withCustomerKind(CustomerKind.BOTH)),
        FindingCode.MARKET_KIND_MISMATCH)).isZero();
    assertThat(count(withSegment(people, "lyon", s -> s.withStatus(SegmentStatus.DROPPED)),
        FindingCode.MARKET_KIND_MISMATCH)).isZero();
    Canvas publicMarket = withSegment(clean(), "lyon", s -> s.withCustomerKind(CustomerKind.PEOPLE));
    assertThat(count(publicMarket, FindingCode.MARKET_KIND_MISMATCH)).isZero();
    assertThat(count(publicMarket.withMarket(Market.EMPTY), FindingCode.MARKET_KIND_MISMATCH))
        .isZero();
  }
}
