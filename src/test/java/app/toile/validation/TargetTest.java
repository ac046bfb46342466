package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void pathsNameTheKindTheIdAndTheField() {
    assertThat(Target.canvas().path()).isEqualTo("canvas");
    assertThat(Target.canvas("strategy").path()).isEqualTo("canvas/strategy");
    assertThat(Target.segment("seg-1").path()).isEqualTo("segment:seg-1");
    assertThat(Target.segment("seg-1", "evaluation.painDepth").path())
        .isEqualTo("segment:seg-1/evaluation.painDepth");
    assertThat(Target.note("n-1", "segmentIds[0]")).hasToString("note:n-1/segmentIds[0]");
  }

  @Test
  void segmentAndNoteIdsAreOnlyGivenForTheirKind() {
    assertThat(Target.segment("s", "name").segmentId()).isEqualTo("s");
    assertThat(Target.segment("s", "name").noteId()).isNull();
    assertThat(Target.note("n", "segmentIds[1]").noteId()).isEqualTo("n");
    assertThat(Target.note("n", "segmentIds[1]").segmentId()).isNull();
    assertThat(Target.canvas("strategy").segmentId()).isNull();
  }

  @Test
  void aCanvasHasNoIdAndTheOthersNeedOne() {
    assertThatThrownBy(() -> new Target(Target.Kind.CANVAS, "x", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Target(Target.Kind.SEGMENT, null, "name"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
