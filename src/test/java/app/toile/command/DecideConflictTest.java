package app.toile.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.MergeConflict;
import app.toile.versions.ConflictField;
import app.toile.versions.Merge;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Deciding the conflicts a merge of the Paris sample edited two ways left in the canvas. */
class DecideConflictTest {
  private final Canvas base = CanvasFiles.load(Path.of("samples/en/paris-startup.toile.json"));

  @Test
  void keepingOursRemovesTheConflictAloneAndUndoBringsItBack() {
    Canvas merged = Merge.of(base, pain(base, "seg-lyon", 5), pain(base, "seg-lyon", 2));
    MergeConflict c = merged.conflicts().get(0);
    UndoStack stack = new UndoStack(merged);

    assertThat(stack.execute(DecideConflict.keepOurs(c))).isTrue();

    assertThat(stack.canvas().conflicts()).isEmpty();
    assertThat(painOf(stack.canvas(), "seg-lyon")).isEqualTo(5);
    assertThat(stack.canvas().withConflicts(merged.conflicts())).isEqualTo(merged);
    stack.undo();
    assertThat(stack.canvas()).isEqualTo(merged);
  }

  @Test
  void takingTheirsSetsTheFieldAndRemovesTheConflictInOneStep() {
    Canvas ours = pain(pain(base, "seg-lyon", 5), "seg-lille", 1);
    Canvas theirs = pain(pain(base, "seg-lyon", 2), "seg-lille", 2);
    Canvas merged = Merge.of(base, ours, theirs);
    assertThat(merged.conflicts()).hasSize(2);
    MergeConflict lyon = merged.conflicts().get(0);
    UndoStack stack = new UndoStack(merged);

    stack.execute(DecideConflict.takeTheirs(lyon, ConflictField.theirs(lyon).orElseThrow()));

    assertThat(painOf(stack.canvas(), "seg-lyon")).isEqualTo(2);
    assertThat(painOf(stack.canvas(), "seg-lille")).isEqualTo(1);
    assertThat(stack.canvas().conflicts()).containsExactly(merged.conflicts().get(1));
    stack.undo();
    assertThat(stack.canvas()).isEqualTo(merged);
    // Decided already: the same decision again changes nothing.
    stack.redo();
    assertThat(stack.execute(DecideConflict.keepOurs(lyon))).isFalse();
  }

  @Test
  void takingTheirsDeletesWhatTheyDeletedWithItsLinks() {
    Canvas edited = pain(base, "seg-lille", 1);
    Canvas deleted = new DeleteSegment("seg-lille").apply(base);
    Canvas merged = Merge.of(base, edited, deleted);
    MergeConflict c = merged.conflicts().get(0);
    assertThat(DecideConflict.theirsCanBeTaken(c)).isTrue();

    Canvas after = DecideConflict.takeTheirs(c, null).apply(merged);

    assertThat(after.segment("seg-lille")).isEmpty();
    assertThat(after.conflicts()).isEmpty();
    assertThat(after.findNote("note-vp-1").orElseThrow().note().segmentIds())
        .doesNotContain("seg-lille");
  }

  @Test
  void whatOursDeletedCannotBeBroughtBackButCanBeKeptDeleted() {
    Canvas merged = Merge.of(base, new DeleteNote("note-vp-2").apply(base),
        new EditNoteText("note-vp-2", "Reminders before every VAT deadline, by text").apply(base));
    MergeConflict c = merged.conflicts().get(0);
    assertThat(c.ours()).isNull();
    assertThat(DecideConflict.theirsCanBeTaken(c)).isFalse();
    assertThatThrownBy(() -> DecideConflict.takeTheirs(c, UnaryOperator.identity()))
        .isInstanceOf(IllegalArgumentException.class);

    Canvas after = DecideConflict.keepOurs(c).apply(merged);

    assertThat(after.findNote("note-vp-2")).isEmpty();
    assertThat(after.conflicts()).isEmpty();
  }

  private static Canvas pain(Canvas canvas, String id, int pain) {
    CustomerSegment s = canvas.segment(id).orElseThrow();
    return canvas.withSegment(
        s.withEvaluation(s.evaluation().withScore(Evaluation.Score.PAIN_DEPTH, pain)));
  }

  private static Integer painOf(Canvas canvas, String id) {
    return canvas.segment(id).orElseThrow().evaluation().painDepth();
  }
}
