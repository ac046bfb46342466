package app.toile.command;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Guide;
import app.toile.model.Note;
import org.junit.jupiter.api.Test;

/** A change outside the history, as the guide's place: undo and redo keep it, unsaved ignores it. */
class OutsideHistoryTest {

  private static Command add(String id) {
    return AddNote.append(Block.CHANNELS, Note.of(id, "text " + id));
  }

  @Test
  void undoAndRedoKeepTheGuideWhereItIs() {
    UndoStack stack = new UndoStack(Canvas.empty());
    stack.execute(add("a"));
    stack.execute(add("b"));
    stack.undo();
    stack.applyOutsideHistory(c -> c.withGuide(Guide.at(Block.CHANNELS)));
    assertThat(stack.canvas().guide()).isEqualTo(Guide.at(Block.CHANNELS));
    assertThat(stack.canvas().notes(Block.CHANNELS)).hasSize(1);

    stack.undo();
    assertThat(stack.canvas().notes(Block.CHANNELS)).isEmpty();
    assertThat(stack.canvas().guide()).isEqualTo(Guide.at(Block.CHANNELS));
    stack.redo();
    stack.redo();
    assertThat(stack.canvas().notes(Block.CHANNELS)).hasSize(2);
    assertThat(stack.canvas().guide()).isEqualTo(Guide.at(Block.CHANNELS));
  }

  @Test
  void itRecordsNoEditAndLeavesTheUnsavedMark() {
    UndoStack stack = new UndoStack(Canvas.empty());
    int[] fired = {0};
    stack.addListener(() -> fired[0]++);
    stack.applyOutsideHistory(c -> c.withGuide(Guide.START));
    assertThat(fired[0]).isEqualTo(1);
    assertThat(stack.canUndo()).isFalse();
    assertThat(stack.isUnsaved()).isFalse();

    stack.execute(add("a"));
    stack.markSaved();
    stack.applyOutsideHistory(c -> c.withGuide(Guide.at(Block.COST_STRUCTURE)));
    assertThat(stack.isUnsaved()).isFalse();
    assertThat(stack.undoSize()).isEqualTo(1);
  }

  @Test
  void aChangeThatChangesNothingIsNotAnnounced() {
    UndoStack stack = new UndoStack(Canvas.empty());
    int[] fired = {0};
    stack.addListener(() -> fired[0]++);
    stack.applyOutsideHistory(c -> c.withGuide(null));
    assertThat(fired[0]).isZero();
  }
}
