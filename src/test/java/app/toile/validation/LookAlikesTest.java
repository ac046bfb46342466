package app.toile.validation;

import static app.toile.validation.Canvases.clean;
import static app.toile.validation.Canvases.count;
import static app.toile.validation.Canvases.findings;
import static app.toile.validation.Canvases.plus;
import static app.toile.validation.Canvases.segment;
import static app.toile.validation.Canvases.withSegment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Distinctness;
import app.toile.model.Level;
import app.toile.model.SegmentStatus;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** SEGMENT_DUPLICATE_NAME and SEGMENT_NOT_DISTINCT: one finding per segment, naming the others. */
class LookAlikesTest {

  @Test
  void namesDifferingOnlyByCaseAccentsAndOuterSpaceAreDuplicates() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withName("  PARÍS Entrepreneurs\u00a0"));
    assertThat(findings(c, FindingCode.SEGMENT_DUPLICATE_NAME))
        .extracting(f -> f.target().id(), Finding::relatedSegmentIds)
        .containsExactly(
            tuple("paris", List.of("lyon")),
            tuple("lyon", List.of("paris")));
  }

  @Test
  void innerDifferencesMakeDifferentNames() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withName("Paris  entrepreneurs"));
    assertThat(count(c, FindingCode.SEGMENT_DUPLICATE_NAME)).isZero();
  }

  @Test
  void blankNamesAreNotDuplicatesOfEachOther() {
    Canvas c = withSegment(withSegment(clean(), "lyon", s -> s.withName(" ")), "paris",
        s -> s.withName(null));
    assertThat(count(c, FindingCode.SEGMENT_DUPLICATE_NAME)).isZero();
    assertThat(count(c, FindingCode.SEGMENT_NO_NAME)).isEqualTo(2);
  }

  @Test
  void droppedSegmentsCountForDuplicateNames() {
    Canvas c = withSegment(clean(), "lyon",
        s -> s.withName("Paris entrepreneurs").withStatus(SegmentStatus.DROPPED));
    assertThat(count(c, FindingCode.SEGMENT_DUPLICATE_NAME)).isEqualTo(2);
  }

  @Test
  void threeSegmentsOfOneNameGiveThreeFindingsEachNamingTwo() {
    Canvas c = plus(withSegment(clean(), "lyon", s -> s.withName("paris entrepreneurs")),
        segment("lille", "Paris Entrepreneurs", "Lille"));
    assertThat(findings(c, FindingCode.SEGMENT_DUPLICATE_NAME)).hasSize(3)
        .allSatisfy(f -> assertThat(f.relatedSegmentIds()).hasSize(2)
            .doesNotContain(f.target().id()));
  }

  private static Canvas twins() {
    Distinctness same = new Distinctness(" meetups ", "PERSONAL", Level.HIGH, true, null);
    Canvas c = withSegment(clean(), "lyon",
        s -> s.withNeed("Find clients").withDistinctness(same));
    return withSegment(c, "paris", s -> s.withNeed("find CLIENTS")
        .withDistinctness(new Distinctness("Méetups", "personal", Level.HIGH, true, null)));
  }

  @Test
  void fiveEqualAttributesMakeOneSegment() {
    assertThat(findings(twins(), FindingCode.SEGMENT_NOT_DISTINCT))
        .extracting(f -> f.target().id(), Finding::relatedSegmentIds)
        .containsExactly(
            tuple("paris", List.of("lyon")),
            tuple("lyon", List.of("paris")));
  }

  @Test
  void oneDifferentAttributeIsEnough() {
    Canvas c = twins();
    assertThat(count(withSegment(c, "lyon", s -> s.withNeed("Find staff")),
        FindingCode.SEGMENT_NOT_DISTINCT)).isZero();
    assertThat(count(withSegment(c, "lyon",
        s -> s.withDistinctness(s.distinctness().withProfitability(Level.LOW))),
        FindingCode.SEGMENT_NOT_DISTINCT)).isZero();
    assertThat(count(withSegment(c, "lyon",
        s -> s.withDistinctness(s.distinctness().withPaysForOwnVersion(false))),
        FindingCode.SEGMENT_NOT_DISTINCT)).isZero();
    assertThat(count(withSegment(c, "lyon",
        s -> s.withDistinctness(s.distinctness().withChannel("Radio"))),
        FindingCode.SEGMENT_NOT_DISTINCT)).isZero();
  }

  @Test
  void allFiveMustBeSet() {
    Canvas c = twins();
    for (var unset : List.<UnaryOperator<CustomerSegment>>of(
        s -> s.withNeed(" "),
        s -> s.withDistinctness(s.distinctness().withChannel(null)),
        s -> s.withDistinctness(s.distinctness().withRelationship("\t")),
        s -> s.withDistinctness(s.distinctness().withProfitability(null)),
        s -> s.withDistinctness(s.distinctness().withPaysForOwnVersion(null)))) {
      Canvas both = withSegment(withSegment(c, "lyon", unset), "paris", unset);
      assertThat(count(both, FindingCode.SEGMENT_NOT_DISTINCT)).isZero();
    }
  }

  @Test
  void droppedSegmentsAreNotComparedForDistinctness() {
    Canvas c = withSegment(twins(), "lyon", s -> s.withStatus(SegmentStatus.DROPPED));
    assertThat(count(c, FindingCode.SEGMENT_NOT_DISTINCT)).isZero();
  }
}
