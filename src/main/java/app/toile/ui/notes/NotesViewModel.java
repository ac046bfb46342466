package app.toile.ui.notes;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.NoteColour;
import app.toile.session.CanvasEdits;
import app.toile.session.EditorSession;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the note blocks, the notes and their menus show and do: the canvas, the selection and the
 * note being edited, and the edits of notes, all on the session. No scene-graph code.
 */
public final class NotesViewModel {
  private final CanvasEdits edits;

  public NotesViewModel(EditorSession session) {
    this.edits = session.edits();
  }

  // Properties

  public Canvas canvas() {
    return edits.canvas();
  }

  public ReadOnlyObjectProperty<Canvas> canvasProperty() {
    return edits.canvasProperty();
  }

  public ReadOnlyObjectProperty<Block> selectedBlockProperty() {
    return edits.selectedBlockProperty();
  }

  public ReadOnlyStringProperty selectedNoteProperty() {
    return edits.selectedNoteProperty();
  }

  public ReadOnlyStringProperty editingNoteProperty() {
    return edits.editingNoteProperty();
  }

  // Commands

  public void selectBlock(Block block) {
    edits.selectBlock(block);
  }

  public void selectNote(String noteId) {
    edits.selectNote(noteId);
  }

  /** Adds an empty note to a block, selects it and starts editing it. */
  public Optional<String> addNote(Block block) {
    return edits.addNote(block);
  }

  public void startEditing(String noteId) {
    edits.startEditing(noteId);
  }

  /** Ends editing, keeping the text when it changed. */
  public void commitEditing(String noteId, String text) {
    edits.commitEditing(noteId, text);
  }

  /** Sets a note's text from the side panel: one edit, undone like the others. */
  public void editText(String noteId, String text) {
    edits.editNoteText(noteId, text);
  }

  public void cancelEditing() {
    edits.cancelEditing();
  }

  /** Deletes the selected note. */
  public void deleteSelection() {
    edits.deleteSelection();
  }

  public void recolour(String noteId, NoteColour colour) {
    edits.recolour(noteId, colour);
  }

  public void setLinked(String noteId, String segmentId, boolean linked) {
    edits.setLinked(noteId, segmentId, linked);
  }

  public void moveNote(String noteId, Block target, int index) {
    edits.moveNote(noteId, target, index);
  }

  public void moveSelectedNoteBy(int delta) {
    edits.moveSelectedNoteBy(delta);
  }

  public void moveSelectedNoteTo(Block target) {
    edits.moveSelectedNoteTo(target);
  }
}
