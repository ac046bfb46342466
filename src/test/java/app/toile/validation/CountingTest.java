package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Demographic;
import app.toile.model.Distinctness;
import app.toile.model.Level;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.Note;
import app.toile.model.Profile;
import app.toile.model.Psychographic;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How many findings each code gives, their order, and that no rule hides another. */
class CountingTest {

  /** A platform canvas where almost everything is wrong at once. */
  static Canvas messy() {
    Distinctness same = new Distinctness("Ads", "Self-service", Level.LOW, false, null);
    CustomerSegment alpha = CustomerSegment.named("s1", "Alpha")
        .withStatus(SegmentStatus.FOCUS)
        .withCustomerKind(CustomerKind.PEOPLE)
        .withDependsOn(List.of("ghost", "ghost", "s1"));
    CustomerSegment alpha2 = CustomerSegment.named("s2", "ÁLPHA ")
        .withStatus(SegmentStatus.FOCUS)
        .withNeed("Save time")
        .withCustomerKind(CustomerKind.PEOPLE)
        .withDistinctness(same)
        .withProfile(Profile.EMPTY
            .withPsychographic(Psychographic.EMPTY.withLifestyle("Busy"))
            .withDemographic(Demographic.EMPTY.withAgeMin(50).withAgeMax(20)))
        .withEvaluation(Canvases.scores(1, 1, null, 8, 1).withMarketSharePercent(5.0))
        .withConquest(Conquest.EMPTY.withRetentionWorked(true));
    CustomerSegment blank = CustomerSegment.named("s3", " ")
        .withStatus(SegmentStatus.CANDIDATE)
        .withNeed("save time ")
        .withDistinctness(same)
        .withProfile(Profile.EMPTY.withPsychographic(Psychographic.EMPTY.withBehaviour("Mobile")))
        .withEvaluation(Canvases.scores(3, null, null, null, null))
        .withConquest(Conquest.EMPTY.withPlan(Conquest.Lever.LOYALTY, "Points"));
    CustomerSegment dropped = CustomerSegment.named("s4", "Delta")
        .withStatus(SegmentStatus.DROPPED)
        .withNeed("Save time")
        .withDistinctness(same)
        .withCustomerKind(CustomerKind.PEOPLE)
        .withProfile(Profile.EMPTY.withPsychographic(Psychographic.EMPTY.withBehaviour("Mobile")))
        .withDependsOn(List.of("s2"));
    return Canvas.empty()
        .withStrategy(SegmentStrategy.MULTI_SIDED_PLATFORM)
        .withMarket(Market.EMPTY.withDomain(MarketDomain.PROFESSIONAL))
        .withSegments(List.of(alpha, alpha2, blank, dropped))
        .withNotes(Block.VALUE_PROPOSITIONS,
            List.of(new Note("vp", "Fast", null, List.of("s2", "ghost2", "ghost2"), null)))
        .withNotes(Block.CHANNELS, List.of(new Note("ch", "Ads", null, List.of("ghost"), null)));
  }

  @Test
  void everyFindingInOrder() {
    assertThat(Validator.validate(messy()))
        .extracting(f -> f.code() + " " + f.target())
        .containsExactly(
            "FOCUS_TOO_MANY canvas/segments",
            "SEGMENT_DUPLICATE_NAME segment:s1/name",
            "SEGMENT_NO_NEED segment:s1/need",
            "SEGMENT_NO_CRITERIA segment:s1/profile",
            "SEGMENT_NOT_EVALUATED segment:s1/evaluation",
            "SEGMENT_NO_VALUE_PROPOSITION segment:s1",
            "LINK_DANGLING segment:s1/dependsOn[0]",
            "FOCUS_NOT_GEOGRAPHIC segment:s1/profile.geographic",
            "FOCUS_NO_PMF segment:s1/conquest.productMarketFit",
            "STRATEGY_SIDES_UNLINKED segment:s1/dependsOn",
            "MARKET_KIND_MISMATCH segment:s1/customerKind",
            "SEGMENT_DUPLICATE_NAME segment:s2/name",
            "SEGMENT_BAD_RANGE segment:s2/profile.demographic.ageMax",
            "SEGMENT_BAD_RANGE segment:s2/evaluation.marketSize",
            "SEGMENT_NOT_DISTINCT segment:s2/distinctness",
            "SEGMENT_WEAK segment:s2/evaluation",
            "SEGMENT_SMALL_SHARE segment:s2/evaluation.marketSharePercent",
            "SEGMENT_MISSION_MISFIT segment:s2/evaluation.value",
            "FOCUS_NOT_GEOGRAPHIC segment:s2/profile.geographic",
            "STRATEGY_SIDES_UNLINKED segment:s2/dependsOn",
            "MARKET_KIND_MISMATCH segment:s2/customerKind",
            "SEGMENT_NO_NAME segment:s3/name",
            "SEGMENT_NOT_DISTINCT segment:s3/distinctness",
            "SEGMENT_NO_VALUE_PROPOSITION segment:s3",
            "EXPANSION_BEFORE_CONQUEST segment:s3/conquest.loyalty",
            "STRATEGY_SIDES_UNLINKED segment:s3/dependsOn",
            "LINK_DANGLING note:vp/segmentIds[1]",
            "LINK_DANGLING note:ch/segmentIds[0]");
  }

  @Test
  void theRelatedSegmentsAreNamed() {
    List<Finding> all = Validator.validate(messy());
    assertThat(all.get(0).relatedSegmentIds()).containsExactly("s1", "s2");
    assertThat(all.stream().filter(f -> f.code() == FindingCode.SEGMENT_NOT_DISTINCT)
        .map(Finding::relatedSegmentIds)).containsExactly(List.of("s3"), List.of("s2"));
  }

  @Test
  void everyCodeIsRaisedByOneOfTheFixtures() {
    Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
    for (Canvas c : List.of(messy(), Canvas.empty(),
        messy().withStrategy(SegmentStrategy.MASS_MARKET),
        messy().withStrategy(SegmentStrategy.NICHE),
        Canvases.clean().withSegments(List.of(Canvases.segment("a", "A", "Paris"))),
        Canvases.clean().withSegments(List.of(Canvases.segment("a", "A", "Paris")
            .withStatus(SegmentStatus.CANDIDATE))))) {
      seen.addAll(Canvases.codes(c).stream().collect(Collectors.toSet()));
    }
    assertThat(seen).containsExactlyInAnyOrder(FindingCode.values());
  }

  @Test
  void validationIsDeterministic() {
    assertThat(Validator.validate(messy())).isEqualTo(Validator.validate(messy()));
  }
}
