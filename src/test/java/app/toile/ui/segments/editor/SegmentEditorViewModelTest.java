package app.toile.ui.segments.editor;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.Note;
import app.toile.session.CanvasEdits;
import app.toile.session.Document;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.ui.base.SegmentField;
import app.toile.ui.base.SegmentFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;

/** Every field of the segment editor: set, cleared back to unset, undone; without a toolkit. */
class SegmentEditorViewModelTest {
  private final EditorSession session = TestSessions.direct();
  private final Document doc = session.document();
  private final CanvasEdits canvasVm = session.edits();
  private final SegmentEditorViewModel vm = new SegmentEditorViewModel(session);

  @BeforeEach
  void open() {
    Note served = Note.of("n-1", "Books done in ten minutes").withSegmentIds(List.of("a"));
    Canvas c = Canvas.empty()
        .withSegments(List.of(CustomerSegment.named("a", null), CustomerSegment.named("b", "Lyon")))
        .withNotes(Block.VALUE_PROPOSITIONS, List.of(served, Note.of("n-2", "Other")));
    doc.load(c, null);
  }

  static Stream<SegmentField<?>> fields() {
    return SegmentFields.all().stream();
  }

  /** A value of the field's type that no new segment has. */
  @SuppressWarnings("unchecked")
  static <T> T sample(SegmentField<T> f) {
    Class<T> t = f.type();
    Object v;
    if (t == String.class) {
      v = "Entrepreneurs";
    } else if (t == Integer.class) {
      v = 3;
    } else if (t == Long.class) {
      v = 3500L;
    } else if (t == Double.class) {
      v = 12.5;
    } else if (t == BigDecimal.class) {
      v = new BigDecimal("29.90");
    } else if (t == Boolean.class) {
      v = Boolean.TRUE;
    } else {
      v = t.getEnumConstants()[1];
    }
    return (T) v;
  }

  @Test
  void theFirstSegmentIsSelectedWhenACanvasOpens() {
    assertThat(vm.segment().id()).isEqualTo("a");
    canvasVm.selectSegment("b");
    assertThat(vm.segment().name()).isEqualTo("Lyon");
    canvasVm.selectBlock(Block.CHANNELS);
    assertThat(vm.segment()).isNull();
  }

  @ParameterizedTest
  @MethodSource("fields")
  <T> void setClearAndUndo(SegmentField<T> field) {
    T value = sample(field);
    CustomerSegment before = vm.segment();
    assertThat(field.of(before)).as(field.path()).isNull();

    assertThat(vm.set(field, value)).isTrue();
    assertThat(vm.value(field)).isEqualTo(value);
    assertThat(doc.undoKeyProperty().get()).isEqualTo(SegmentEditorViewModel.EDIT_KEY);
    assertThat(vm.set(field, value)).as("the same value again records nothing").isFalse();

    assertThat(vm.set(field, null)).isTrue();
    assertThat(vm.value(field)).isNull();
    assertThat(vm.segment()).as("cleared is unset, the segment as it was").isEqualTo(before);

    doc.undo();
    assertThat(vm.value(field)).isEqualTo(value);
    doc.undo();
    assertThat(vm.segment()).isEqualTo(before);
    assertThat(doc.canUndoProperty().get()).isFalse();
    assertThat(doc.canvas().segment("b").orElseThrow().name()).isEqualTo("Lyon");
  }

  @ParameterizedTest
  @MethodSource("fields")
  void blankTextIsUnsetNotEmpty(SegmentField<?> field) {
    if (field.type() != String.class) {
      return;
    }
    @SuppressWarnings("unchecked")
    SegmentField<String> text = (SegmentField<String>) field;
    vm.set(text, "Freelancers");
    vm.set(text, "  ");
    assertThat(vm.value(text)).isNull();
  }

  @Test
  void anEditGoesToTheSegmentItWasTypedFor() {
    canvasVm.selectSegment("b");
    vm.set("a", SegmentFields.NEED, "Bookkeeping takes their evenings");
    assertThat(doc.canvas().segment("a").orElseThrow().need()).startsWith("Bookkeeping");
    assertThat(vm.segment().need()).isNull();
  }

  @Test
  void attractivenessFollowsTheScores() {
    assertThat(vm.attractiveness()).isEmpty();
    vm.set(SegmentFields.SCORES.get(Evaluation.Score.PAIN_DEPTH.ordinal()), 5);
    vm.set(SegmentFields.SCORES.get(Evaluation.Score.BUDGET.ordinal()), 2);
    assertThat(vm.attractiveness()).hasValue(3.5);
    vm.set(SegmentFields.SCORES.get(Evaluation.Score.BUDGET.ordinal()), null);
    assertThat(vm.attractiveness()).hasValue(5.0);
  }

  @Test
  void theAgeRangeIsOneEdit() {
    assertThat(vm.setAgeRange(25, 45)).isTrue();
    assertThat(vm.value(SegmentFields.AGE_MIN)).isEqualTo(25);
    assertThat(vm.value(SegmentFields.AGE_MAX)).isEqualTo(45);
    assertThat(vm.setAgeRange(25, 45)).isFalse();
    doc.undo();
    assertThat(vm.value(SegmentFields.AGE_MIN)).isNull();
    assertThat(vm.value(SegmentFields.AGE_MAX)).isNull();
  }

  @Test
  void linksToOtherSegmentsAndTheNotesThatServeIt() {
    assertThat(vm.otherSegments()).extracting(CustomerSegment::id).containsExactly("b");
    assertThat(vm.servingNotes()).extracting(p -> p.note().id()).containsExactly("n-1");
    assertThat(vm.setDependsOn(List.of("b", "b"))).isTrue();
    assertThat(vm.segment().dependsOn()).containsExactly("b");
    assertThat(doc.undoKeyProperty().get()).isEqualTo("command.editLinks");
    assertThat(vm.setDependsOn(List.of())).isTrue();
    assertThat(vm.segment().dependsOn()).isEmpty();
    doc.undo();
    assertThat(vm.segment().dependsOn()).containsExactly("b");
    vm.selectNote("n-1");
    assertThat(canvasVm.selectedNoteProperty().get()).isEqualTo("n-1");
    assertThat(vm.segment()).isNull();
  }

  @Test
  void fieldPathsAreThoseFindingsPointAt() {
    assertThat(SegmentFields.all()).extracting(SegmentField::path)
        .contains("name", "need", "profile.demographic.ageMin", "profile.geographic.city",
            "evaluation.painDepth", "evaluation.marketSharePercent", "status",
            "conquest.productMarketFit", "conquest.loyalty", "empathyMap.gains")
        .doesNotHaveDuplicates();
  }
}
