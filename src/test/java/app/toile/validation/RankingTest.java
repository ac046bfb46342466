package app.toile.validation;

import static app.toile.validation.Canvases.scores;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.SegmentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static CustomerSegment seg(String id, String name, Evaluation e) {
    return CustomerSegment.named(id, name).withEvaluation(e);
  }

  @Test
  void attractivenessIsTheMeanOfTheScoresInRange() {
    assertThat(Attractiveness.of(seg("a", "A", scores(5, 4, null, null, null)))).hasValue(4.5);
    assertThat(Attractiveness.of(seg("a", "A", scores(1, 2, 2, null, null)))).hasValue(5.0 / 3);
    assertThat(Attractiveness.of(seg("a", "A", scores(5, 9, 0, -1, null)))).hasValue(5.0);
    assertThat(Attractiveness.of(seg("a", "A", scores(6, 0, null, null, null)))).isEmpty();
    assertThat(Attractiveness.of(seg("a", "A", Evaluation.EMPTY))).isEmpty();
  }

  @Test
  void highestFirstUnscoredLastTiesByNameKeyThenId() {
    Canvas c = Canvas.empty().withSegments(List.of(
        seg("u", "Unscored", Evaluation.EMPTY),
        seg("z2", "zèbre", scores(3, null, null, null, null)),
        seg("z1", "  Zebre", scores(3, null, null, null, null)),
        seg("b", "Best", scores(5, 4, null, null, null)),
        seg("a", "Ant", scores(3, 3, 3, 3, 3)),
        seg("d", "Dropped", scores(5, 5, 5, 5, 5)).withStatus(SegmentStatus.DROPPED),
        seg("n", null, Evaluation.EMPTY)));
    assertThat(Ranking.of(c).ids()).containsExactly("b", "a", "z1", "z2", "n", "u");
    assertThat(Ranking.of(c).best()).map(CustomerSegment::id).hasValue("b");
  }

  @Test
  void outOfRangeScoresDoNotRank() {
    Canvas c = Canvas.empty().withSegments(List.of(
        seg("x", "X", scores(99, null, null, null, null)),
        seg("y", "Y", scores(1, null, null, null, null))));
    assertThat(Ranking.of(c).ids()).containsExactly("y", "x");
    assertThat(Ranking.of(c).entries().get(1).attractiveness()).isEmpty();
  }

  @Test
  void noActiveSegmentMeansNoBest() {
    Canvas c = Canvas.empty().withSegments(List.of(
        seg("d", "D", Evaluation.EMPTY).withStatus(SegmentStatus.DROPPED)));
    assertThat(Ranking.of(c).entries()).isEmpty();
    assertThat(Ranking.of(c).best()).isEmpty();
  }
}
