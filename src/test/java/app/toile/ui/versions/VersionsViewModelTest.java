package app.toile.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddNote;
import app.toile.command.AddSegment;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.session.Document;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.ui.versions.VersionsViewModel.Row;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Versions panel's state without a toolkit: a version saved under a free name is one edit that
 * marks the canvas unsaved; restoring, renaming and deleting each undo in one step; what to
 * compare comes out oldest first.
 */
class VersionsViewModelTest {
  private static final Instant DEC_6 = Instant.parse("2026-12-06T10:42:00Z");
  private final EditorSession session = TestSessions.direct();
  private final Document doc = session.document();
  private VersionsViewModel vm;

  @BeforeEach
  void open() {
    session.versions().setClock(() -> DEC_6);
    doc.load(Canvas.empty(), java.nio.file.Path.of("paris.toile.json"));
    vm = new VersionsViewModel(session);
    session.execute(AddSegment.append(CustomerSegment.named("s1", "Paris")));
  }

  private void addNote(String id, String text) {
    session.execute(AddNote.append(Block.VALUE_PROPOSITIONS, Note.of(id, text)));
  }

  @Test
  void theProposedNameIsTodaysDateInTheLanguageAndNumberedWhenTaken() {
    assertThat(vm.proposedName()).matches("\\d{1,2} Dec 2026");
    assertThat(vm.save(vm.proposedName())).isTrue();
    assertThat(vm.proposedName()).endsWith(" (2)");
  }

  @Test
  void aVersionIsOneEditThatMarksTheCanvasUnsavedAndListsNewestFirst() {
    addNote("n1", "Cash forecast");
    doc.saved(doc.file(), doc.canvas());
    assertThat(doc.isUnsaved()).isFalse();

    assertThat(vm.save("v1")).isTrue();
    assertThat(doc.isUnsaved()).isTrue();
    assertThat(doc.undoKeyProperty().get()).isEqualTo("command.saveVersion");
    addNote("n2", "Invoices");
    assertThat(vm.save("  v2 ")).isTrue();

    assertThat(vm.rows()).extracting(Row::name).containsExactly("v2", "v1");
    assertThat(vm.rows().get(1).summary()).isEqualTo("1 segment, 1 note");
    assertThat(vm.rows().get(0).summary()).isEqualTo("1 segment, 2 notes");
    assertThat(vm.rows().get(0).date()).contains("2026");

    doc.undo();
    assertThat(vm.rows()).extracting(Row::name).containsExactly("v1");
  }

  @Test
  void anEmptyOrTakenNameIsRefusedWithWords() {
    vm.save("v1");
    assertThat(vm.nameProblem("  ", null)).contains("Give the version a name.");
    assertThat(vm.nameProblem(" v1", null)).contains("A version is already named \u201cv1\u201d.");
    assertThat(vm.nameProblem("v1", "v1")).isEmpty();
    assertThat(vm.save("v1")).isFalse();
    assertThat(vm.save("")).isFalse();
    assertThat(vm.rows()).hasSize(1);
  }

  @Test
  void restoringIsOneStepAndUndoBringsTheCurrentCanvasBack() {
    addNote("n1", "Cash forecast");
    vm.save("v1");
    addNote("n2", "Invoices");
    Canvas current = doc.canvas();

    assertThat(vm.restore(vm.rows().get(0))).isTrue();
    assertThat(doc.canvas().notes(Block.VALUE_PROPOSITIONS)).extracting(Note::text)
        .containsExactly("Cash forecast");
    assertThat(doc.canvas().snapshots()).hasSize(1);
    assertThat(doc.undoKeyProperty().get()).isEqualTo("command.restoreVersion");

    doc.undo();
    assertThat(doc.canvas()).isEqualTo(current);
  }

  @Test
  void renamingAndDeletingUndo() {
    vm.save("v1");
    vm.save("v2");
    assertThat(vm.rename(vm.rows().get(1), "v2")).isFalse();
    assertThat(vm.rename(vm.rows().get(1), "First draft")).isTrue();
    assertThat(vm.rows()).extracting(Row::name).containsExactly("v2", "First draft");

    assertThat(vm.delete(vm.rows().get(0))).isTrue();
    assertThat(vm.rows()).extracting(Row::name).containsExactly("First draft");
    doc.undo();
    assertThat(vm.rows()).extracting(Row::name).containsExactly("v2", "First draft");
    doc.undo();
    assertThat(vm.rows()).extracting(Row::name).containsExactly("v2", "v1");
  }

  @Test
  void oneVersionIsComparedWithTheCanvasAndTwoOldestFirst() {
    vm.save("v1");
    addNote("n1", "Cash forecast");
    vm.save("v2");
    addNote("n2", "Invoices");

    vm.compare(List.of(vm.rows().get(1)));
    var sides = vm.comparedProperty().get();
    assertThat(sides.before().canvas().noteCount()).isZero();
    assertThat(sides.after().canvas().noteCount()).isEqualTo(2);
    assertThat(sides.after().label()).isEqualTo("Current canvas");
    assertThat(sides.afterIsCurrent()).isTrue();

    vm.compare(List.of(vm.rows().get(0), vm.rows().get(1)));
    sides = vm.comparedProperty().get();
    assertThat(sides.before().label()).startsWith("Version \u201cv1\u201d");
    assertThat(sides.after().canvas().noteCount()).isEqualTo(1);
    assertThat(sides.afterIsCurrent()).isFalse();
  }

  @Test
  void aFileThatCannotBeReadSaysWhy() {
    vm.compareWithFile(java.nio.file.Path.of("elsewhere.toile.json"));
    assertThat(vm.failureProperty().get()).contains("elsewhere.toile.json")
        .contains("No files in this test.");
  }
}
