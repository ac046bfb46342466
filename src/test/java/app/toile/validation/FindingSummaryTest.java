package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingSummaryTest {

  @Test
  void countsPerSeverityAndWorstPerSegment() {
    FindingSummary s = FindingSummary.of(List.of(
        Finding.of(FindingCode.SEGMENT_NOT_EVALUATED, Target.segment("a", "evaluation")),
        Finding.of(FindingCode.SEGMENT_NO_NEED, Target.segment("a", "need")),
        Finding.of(FindingCode.SEGMENT_WEAK, Target.segment("b", "evaluation")),
        Finding.of(FindingCode.SEGMENT_SMALL_SHARE, Target.segment("b", "evaluation")),
        Finding.of(FindingCode.STRATEGY_UNSET, Target.canvas("strategy")),
        Finding.of(FindingCode.LINK_DANGLING, Target.note("n", "segmentIds[0]"), "x")));
    assertThat(s.count(Severity.ERROR)).isEqualTo(2);
    assertThat(s.count(Severity.WARNING)).isEqualTo(1);
    assertThat(s.count(Severity.INFO)).isEqualTo(3);
    assertThat(s.total()).isEqualTo(6);
    assertThat(s.worst()).isEqualTo(Severity.ERROR);
    assertThat(s.hasErrors()).isTrue();
    assertThat(s.worst("a")).isEqualTo(Severity.ERROR);
    assertThat(s.worst("b")).isEqualTo(Severity.WARNING);
    assertThat(s.worst("c")).isNull();
    assertThat(s.worstBySegment()).containsOnlyKeys("a", "b");
  }

  @Test
  void noFindingsMeansNoWorst() {
    FindingSummary s = FindingSummary.of(List.of());
    assertThat(s.worst()).isNull();
    assertThat(s.total()).isZero();
    assertThat(s.counts()).containsOnlyKeys(Severity.values());
    assertThat(s.hasErrors()).isFalse();
  }

  @Test
  void severitiesCompareMostSeriousFirst() {
    assertThat(Severity.ERROR.isWorseThan(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isWorseThan(null)).isTrue();
    assertThat(Severity.INFO.isWorseThan(Severity.WARNING)).isFalse();
    assertThat(Severity.worst(Severity.INFO, Severity.WARNING)).isEqualTo(Severity.WARNING);
    assertThat(Severity.worst(null, Severity.INFO)).isEqualTo(Severity.INFO);
  }
}
