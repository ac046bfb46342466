package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import org.junit.jupiter.api.Test;

class CleanCanvasTest {

  @Test
  void theCleanFixtureHasNoFinding() {
    assertThat(Validator.validate(Canvases.clean())).isEmpty();
  }

  @Test
  void anEmptyCanvasLacksSegmentsAndStrategyOnly() {
    assertThat(Canvases.codes(Canvas.empty()))
        .containsExactly(FindingCode.CANVAS_NO_SEGMENT, FindingCode.STRATEGY_UNSET);
  }
}
