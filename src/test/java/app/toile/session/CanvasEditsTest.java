package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.NoteColour;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Selection and edits on the canvas, without a toolkit. */
class CanvasEditsTest {
  private final EditorSession session = TestSessions.direct();
  private final Document doc = session.document();
  private final CanvasEdits vm = new CanvasEdits(session);

  @BeforeEach
  void open() {
    doc.load(Canvas.empty(), null);
  }

  @Test
  void customerSegmentsIsSelectedWhenACanvasOpens() {
    assertThat(vm.selectedBlockProperty().get()).isEqualTo(Block.CUSTOMER_SEGMENTS);
    assertThat(vm.addNoteToSelectedBlock()).isEmpty();
  }

  @Test
  void addingANoteSelectsItAndStartsEditing() {
    String id = vm.addNote(Block.VALUE_PROPOSITIONS).orElseThrow();
    assertThat(vm.selectedNoteProperty().get()).isEqualTo(id);
    assertThat(vm.editingNoteProperty().get()).isEqualTo(id);
    assertThat(vm.selectedBlockProperty().get()).isEqualTo(Block.VALUE_PROPOSITIONS);
    vm.commitEditing(id, "Books done in ten minutes");
    assertThat(vm.editingNoteProperty().get()).isNull();
    // The note and its first text are one edit: "Undo Add note".
    assertThat(doc.undoKeyProperty().get()).isEqualTo("command.addNote");
  }

  @Test
  void oneUndoTakesANewNoteAndItsFirstTextAwayLeavingNoEmptyNote() {
    String id = vm.addNote(Block.VALUE_PROPOSITIONS).orElseThrow();
    vm.commitEditing(id, "Books done in ten minutes");
    doc.undo();
    assertThat(doc.canvas().findNote(id)).isEmpty();
    assertThat(doc.canUndoProperty().get()).isFalse();
    doc.redo();
    assertThat(doc.canvas().findNote(id).orElseThrow().note().text())
        .isEqualTo("Books done in ten minutes");
  }

  @Test
  void aLaterEditOfTheNoteIsAStepOfItsOwn() {
    String id = vm.addNote(Block.VALUE_PROPOSITIONS).orElseThrow();
    vm.commitEditing(id, "Books");
    vm.startEditing(id);
    vm.commitEditing(id, "Books and VAT");
    assertThat(doc.undoKeyProperty().get()).isEqualTo("command.editNote");
    doc.undo();
    assertThat(doc.canvas().findNote(id).orElseThrow().note().text()).isEqualTo("Books");
  }

  @Test
  void committingTheSameTextRecordsNoEdit() {
    String id = vm.addNote(Block.CHANNELS).orElseThrow();
    vm.commitEditing(id, "");
    assertThat(doc.undoKeyProperty().get()).isEqualTo("command.addNote");
  }

  @Test
  void undoingAnAddDropsTheSelection() {
    String id = vm.addNote(Block.CHANNELS).orElseThrow();
    doc.undo();
    assertThat(vm.selectedNoteProperty().get()).isNull();
    assertThat(vm.editingNoteProperty().get()).isNull();
    doc.redo();
    assertThat(doc.canvas().findNote(id)).isPresent();
  }

  @Test
  void deletingANoteSelectsItsNeighbour() {
    String a = vm.addNote(Block.CHANNELS).orElseThrow();
    String b = vm.addNote(Block.CHANNELS).orElseThrow();
    vm.selectNote(a);
    vm.deleteSelection();
    assertThat(vm.selectedNoteProperty().get()).isEqualTo(b);
    vm.deleteSelection();
    assertThat(vm.selectedNoteProperty().get()).isNull();
    assertThat(vm.selectedBlockProperty().get()).isEqualTo(Block.CHANNELS);
    assertThat(doc.canvas().noteCount()).isZero();
  }

  @Test
  void movesRecoloursAndLinksTheSelectedNote() {
    String seg = vm.addSegment("Paris");
    String a = vm.addNote(Block.VALUE_PROPOSITIONS).orElseThrow();
    String b = vm.addNote(Block.VALUE_PROPOSITIONS).orElseThrow();
    vm.selectNote(b);
    vm.moveSelectedNoteBy(-1);
    assertThat(doc.canvas().notes(Block.VALUE_PROPOSITIONS).get(0).id()).isEqualTo(b);
    vm.moveSelectedNoteTo(Block.CHANNELS);
    assertThat(doc.canvas().findNote(b).orElseThrow().block()).isEqualTo(Block.CHANNELS);
    assertThat(vm.selectedBlockProperty().get()).isEqualTo(Block.CHANNELS);
    vm.recolour(a, NoteColour.GREEN);
    vm.setLinked(a, seg, true);
    assertThat(doc.canvas().findNote(a).orElseThrow().note().segmentIds()).containsExactly(seg);
    assertThat(doc.canvas().findNote(a).orElseThrow().note().colour()).isEqualTo(NoteColour.GREEN);
  }

  @Test
  void segmentsGetDistinctColoursAndCanBeReorderedAndDeleted() {
    String paris = vm.addSegment("Paris");
    String lyon = vm.addSegment("Lyon");
    assertThat(doc.canvas().segment(paris).orElseThrow().colour())
        .isNotEqualTo(doc.canvas().segment(lyon).orElseThrow().colour());
    vm.selectSegment(lyon);
    vm.moveSelectedSegmentBy(-1);
    assertThat(doc.canvas().segments().get(0).id()).isEqualTo(lyon);
    vm.moveSelectedSegmentBy(-1);
    assertThat(doc.canvas().segments().get(0).id()).isEqualTo(lyon);
    vm.renameSegment(lyon, "Lyon métropole");
    vm.deleteSelection();
    assertThat(doc.canvas().segments()).hasSize(1);
    assertThat(vm.selectedSegmentProperty().get()).isNull();
  }

  @Test
  void headerEditsIgnoreNoChangeAndBlankUnsets() {
    vm.editHeader(app.toile.command.EditHeader.Field.TITLE, "Carnet");
    vm.editHeader(app.toile.command.EditHeader.Field.TITLE, "Carnet");
    assertThat(doc.canvas().header().title()).isEqualTo("Carnet");
    vm.editHeader(app.toile.command.EditHeader.Field.TITLE, "  ");
    assertThat(doc.canvas().header().title()).isNull();
    doc.undo();
    doc.undo();
    assertThat(doc.canvas().header().title()).isNull();
    assertThat(doc.canUndoProperty().get()).isFalse();
  }

  @Test
  void aCanvasOpensWithItsFocusSegmentSelectedElseItsFirst() {
    var paris = app.toile.model.CustomerSegment.named("s1", "Paris");
    var lyon = app.toile.model.CustomerSegment.named("s2", "Lyon")
        .withStatus(app.toile.model.SegmentStatus.FOCUS);
    doc.load(Canvas.empty().withSegments(java.util.List.of(paris, lyon)), null);
    assertThat(vm.selectedSegmentProperty().get()).isEqualTo("s2");
    doc.load(Canvas.empty().withSegments(java.util.List.of(paris)), null);
    assertThat(vm.selectedSegmentProperty().get()).isEqualTo("s1");
  }
}
