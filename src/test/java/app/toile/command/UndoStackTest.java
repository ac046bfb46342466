package app.toile.command;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import org.junit.jupiter.api.Test;

class UndoStackTest {

  private static Command add(String id) {
    return AddNote.append(Block.CHANNELS, Note.of(id, "text " + id));
  }

  @Test
  void undoAndRedoRestoreTheCanvasExactly() {
    UndoStack stack = new UndoStack(Canvas.empty());
    stack.execute(add("a"));
    Canvas afterAdd = stack.canvas();
    stack.execute(new EditNoteText("a", "changed"));

    stack.undo();
    assertThat(stack.canvas()).isEqualTo(afterAdd);
    stack.undo();
    assertThat(stack.canvas()).isEqualTo(Canvas.empty());
    assertThat(stack.canUndo()).isFalse();

    stack.redo();
    stack.redo();
    assertThat(stack.canvas().findNote("a").orElseThrow().note().text()).isEqualTo("changed");
    assertThat(stack.canRedo()).isFalse();
  }

  @Test
  void undoingBackToTheSavedRevisionClearsTheUnsavedMark() {
    UndoStack stack = new UndoStack(Canvas.empty());
    assertThat(stack.isUnsaved()).isFalse();
    stack.execute(add("a"));
    assertThat(stack.isUnsaved()).isTrue();
    stack.markSaved();
    assertThat(stack.isUnsaved()).isFalse();
    stack.execute(add("b"));
    assertThat(stack.isUnsaved()).isTrue();
    stack.undo();
    assertThat(stack.isUnsaved()).isFalse();
    stack.undo();
    assertThat(stack.isUnsaved()).isTrue();
    stack.redo();
    assertThat(stack.isUnsaved()).isFalse();
  }

  @Test
  void aNewEditAfterUndoNeverMatchesTheSavedState() {
    UndoStack stack = new UndoStack(Canvas.empty());
    stack.execute(add("a"));
    stack.markSaved();
    stack.undo();
    stack.execute(add("b"));
    assertThat(stack.canRedo()).isFalse();
    assertThat(stack.isUnsaved()).isTrue();
  }

  @Test
  void keepsAtMostTheCapacityAndForgetsTheOldest() {
    UndoStack stack = new UndoStack(Canvas.empty());
    for (int i = 0; i < UndoStack.CAPACITY + 5; i++) {
      stack.execute(add("n" + i));
    }
    assertThat(stack.undoSize()).isEqualTo(UndoStack.CAPACITY);
    while (stack.canUndo()) {
      stack.undo();
    }
    assertThat(stack.canvas().noteCount()).isEqualTo(5);
    assertThat(stack.isUnsaved()).isTrue();
  }

  @Test
  void anEditThatChangesNothingIsNotRecorded() {
    UndoStack stack = new UndoStack(Canvas.empty());
    int[] fired = {0};
    stack.addListener(() -> fired[0]++);
    assertThat(stack.execute(new DeleteNote("missing"))).isFalse();
    assertThat(stack.canUndo()).isFalse();
    assertThat(fired[0]).isZero();
    stack.execute(add("a"));
    assertThat(fired[0]).isEqualTo(1);
  }

  @Test
  void namesTheEditsToUndoAndRedo() {
    UndoStack stack = new UndoStack(Canvas.empty());
    stack.execute(add("a"));
    stack.execute(new DeleteNote("a"));
    assertThat(stack.undoCommand()).map(Command::descriptionKey).contains("command.deleteNote");
    stack.undo();
    assertThat(stack.undoCommand()).map(Command::descriptionKey).contains("command.addNote");
    assertThat(stack.redoCommand()).map(Command::descriptionKey).contains("command.deleteNote");
  }

  @Test
  void aCompositeIsUndoneAsOneEdit() {
    UndoStack stack = new UndoStack(Canvas.empty());
    stack.execute(new CompositeCommand("command.addNote", java.util.List.of(add("a"), add("b"))));
    assertThat(stack.canvas().noteCount()).isEqualTo(2);
    stack.undo();
    assertThat(stack.canvas().noteCount()).isZero();
  }

  @Test
  void editsWithTheSameJoinKeyAreOneStepToUndoUnderTheFirstName() {
    UndoStack stack = new UndoStack(Canvas.empty());
    Object typing = new Object();
    stack.execute(AddNote.append(Block.CHANNELS, Note.of("a", "")), typing);
    long added = stack.revision();
    stack.execute(new EditNoteText("a", "Shops"), typing);
    stack.execute(new EditNoteText("a", "Shops and fairs"), typing);
    assertThat(stack.undoSize()).isEqualTo(1);
    assertThat(stack.undoCommand().orElseThrow().descriptionKey()).isEqualTo("command.addNote");
    // Each joined edit is a new state: validation and the unsaved mark follow it.
    assertThat(stack.revision()).isNotEqualTo(added);

    stack.undo();
    assertThat(stack.canvas()).isEqualTo(Canvas.empty());
    stack.redo();
    assertThat(stack.canvas().findNote("a").orElseThrow().note().text()).isEqualTo("Shops and fairs");
  }

  @Test
  void aDifferentKeyOrNoKeyStartsANewStep() {
    UndoStack stack = new UndoStack(Canvas.empty());
    stack.execute(AddNote.append(Block.CHANNELS, Note.of("a", "")), "one");
    stack.execute(new EditNoteText("a", "Shops"), "two");
    stack.execute(new EditNoteText("a", "Shops and fairs"), null);
    assertThat(stack.undoSize()).isEqualTo(3);
  }

  @Test
  void nothingJoinsAnEditThatWasUndoneOrSaved() {
    UndoStack stack = new UndoStack(Canvas.empty());
    stack.execute(add("a"), "k");
    stack.execute(add("b"), "other");
    // Back on "a", made with the key: an edit after an undo is a step of its own all the same.
    stack.undo();
    stack.execute(add("c"), "k");
    assertThat(stack.undoSize()).isEqualTo(2);
    stack.markSaved();
    stack.execute(add("d"), "k");
    assertThat(stack.undoSize()).isEqualTo(3);
    stack.undo();
    assertThat(stack.isUnsaved()).isFalse();
  }

  @Test
  void typingBackToWhereTheStepBeganLeavesNoStep() {
    UndoStack stack = new UndoStack(Canvas.empty());
    stack.execute(add("a"));
    long before = stack.revision();
    stack.execute(new EditNoteText("a", "text ab"), "typing");
    stack.execute(new EditNoteText("a", "text a"), "typing");
    assertThat(stack.undoSize()).isEqualTo(1);
    assertThat(stack.revision()).isEqualTo(before);
    assertThat(stack.canvas().findNote("a").orElseThrow().note().text()).isEqualTo("text a");
  }
}
