package app.toile.session;

import app.toile.command.AddNote;
import app.toile.command.AddSegment;
import app.toile.command.DeleteNote;
import app.toile.command.DeleteSegment;
import app.toile.command.EditHeader;
import app.toile.command.EditNoteText;
import app.toile.command.LinkNote;
import app.toile.command.MoveNote;
import app.toile.command.MoveSegment;
import app.toile.command.RecolourNote;
import app.toile.command.RenameSegment;
import app.toile.export.SegmentPalette;
import app.toile.io.CanvasFormat;
import app.toile.model.Block;
import app.toile.model.Canvas.NotePlace;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Ids;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What is selected on the canvas (a block, and in it a note or a segment), which note is being
 * edited, and the edits a user makes there, each one a command on the document. Shared by the
 * features that show the canvas (notes, segments, roadmap, header) through their view models.
 */
public final class CanvasEdits {
  /**
   * Segment chip colours, given in turn to new segments: the exports' palette, which colour-blind
   * readers can tell apart, so that a chip has the same colour on screen and on paper.
   */
  static final List<String> SEGMENT_COLOURS = SegmentPalette.COLOURS;

  private final EditorSession session;
  private final Selection selection;
  /** The note just added, whose first text joins its adding as one edit; null when none. */
  private NewNote newNote;

  public CanvasEdits(EditorSession session) {
    this.session = session;
    this.selection = session.selection();
  }

  // Properties

  public Canvas canvas() {
    return session.canvas();
  }

  /**
   * Whether the file can hold an amount: one written out with more digits than a canvas file
   * takes would make a canvas that does not open again.
   */
  public boolean holdsAmount(BigDecimal amount) {
    return CanvasFormat.holdsDecimal(amount);
  }

  /** The canvas, each time it changes. */
  public ReadOnlyObjectProperty<Canvas> canvasProperty() {
    return session.document().canvasProperty();
  }

  /** The selected block; Customer Segments when a canvas opens. */
  public ReadOnlyObjectProperty<Block> selectedBlockProperty() {
    return selection.blockProperty();
  }

  /** Id of the selected note, or null. */
  public ReadOnlyStringProperty selectedNoteProperty() {
    return selection.noteProperty();
  }

  /** Id of the selected segment, or null. */
  public ReadOnlyStringProperty selectedSegmentProperty() {
    return selection.segmentProperty();
  }

  /** Id of the note whose text is being edited in place, or null. */
  public ReadOnlyStringProperty editingNoteProperty() {
    return selection.editingNoteProperty();
  }

  /** The selected note and where it stands. */
  public Optional<NotePlace> selectedNotePlace() {
    return selection.notePlace();
  }

  // Selection

  /** Selects the Customer Segments block and its focus segment (else its first), as when a canvas opens. */
  public void selectFirstBlock() {
    selection.selectFirstBlock();
  }

  public void selectBlock(Block block) {
    selection.selectBlock(block);
  }

  public void selectNote(String noteId) {
    selection.selectNote(noteId);
  }

  public void selectSegment(String segmentId) {
    selection.selectSegment(segmentId);
  }

  // Notes

  /** Adds an empty note to a note block, selects it and starts editing it. */
  public Optional<String> addNote(Block block) {
    return addNote(block, List.of());
  }

  /** Adds an empty note that serves some segments, in one edit; selects it and starts editing it. */
  public Optional<String> addNote(Block block, List<String> servedSegmentIds) {
    if (block == null || !block.holdsNotes()) {
      return Optional.empty();
    }
    Note note = Note.of(Ids.newNoteId(), "").withSegmentIds(servedSegmentIds);
    NewNote added = new NewNote(note.id());
    if (!session.execute(AddNote.append(block, note), added)) {
      return Optional.empty();
    }
    newNote = added;
    selection.startEditing(note.id());
    return Optional.of(note.id());
  }

  /** Adds a note to the selected block, when it holds notes. */
  public Optional<String> addNoteToSelectedBlock() {
    return addNote(selection.blockProperty().get());
  }

  public void startEditing(String noteId) {
    selection.startEditing(noteId);
  }

  /**
   * Ends editing, keeping the text when it changed. A new note's first text joins its adding: one
   * undo takes the whole note away, never leaving an empty one behind.
   */
  public void commitEditing(String noteId, String text) {
    selection.stopEditing();
    NewNote added = newNote != null && newNote.id().equals(noteId) ? newNote : null;
    newNote = null;
    canvas().findNote(noteId).filter(p -> !Objects.equals(p.note().text(), text))
        .ifPresent(p -> session.execute(new EditNoteText(noteId, text), added));
  }

  /** Sets a note's text, outside editing in place (the side panel's field): one edit. */
  public void editNoteText(String noteId, String text) {
    canvas().findNote(noteId).filter(p -> !Objects.equals(p.note().text(), text))
        .ifPresent(p -> session.execute(new EditNoteText(noteId, text)));
  }

  public void cancelEditing() {
    newNote = null;
    selection.stopEditing();
  }

  /** Deletes the selected note, or the selected segment. */
  public void deleteSelection() {
    Optional<NotePlace> place = selectedNotePlace();
    if (place.isPresent()) {
      List<Note> notes = canvas().notes(place.get().block());
      int next = place.get().index() + 1 < notes.size() ? place.get().index() + 1 : place.get().index() - 1;
      session.execute(new DeleteNote(place.get().note().id()));
      if (next >= 0) {
        selectNote(notes.get(next).id());
      } else {
        selectBlock(place.get().block());
      }
    } else if (selection.segmentProperty().get() != null) {
      session.execute(new DeleteSegment(selection.segmentProperty().get()));
    }
  }

  public void recolour(String noteId, NoteColour colour) {
    session.execute(new RecolourNote(noteId, colour));
  }

  public void setLinked(String noteId, String segmentId, boolean linked) {
    session.execute(new LinkNote(noteId, segmentId, linked));
  }

  /** Moves a note to a position in a block (drag and drop, or the Move to menu). */
  public void moveNote(String noteId, Block target, int index) {
    session.execute(new MoveNote(noteId, target, index));
    selectNote(noteId);
  }

  /** Moves the selected note up (-1) or down (+1) in its block. */
  public void moveSelectedNoteBy(int delta) {
    selectedNotePlace().ifPresent(p -> moveNote(p.note().id(), p.block(), p.index() + delta));
  }

  /** Moves the selected note to the end of another block. */
  public void moveSelectedNoteTo(Block target) {
    selectedNotePlace().ifPresent(p -> moveNote(p.note().id(), target, Integer.MAX_VALUE));
  }

  // Segments

  /** Adds a segment named {@code name} with the next chip colour and selects it. */
  public String addSegment(String name) {
    String colour = SEGMENT_COLOURS.get(canvas().segments().size() % SEGMENT_COLOURS.size());
    CustomerSegment s = CustomerSegment.named(Ids.newSegmentId(), name).withColour(colour);
    session.execute(AddSegment.append(s));
    selectSegment(s.id());
    return s.id();
  }

  /** Renames a segment; a blank name unsets it (validation then reports the missing name). */
  public void renameSegment(String segmentId, String name) {
    session.execute(new RenameSegment(segmentId, name == null || name.isBlank() ? null : name));
  }

  /** Moves a segment to a place in the expansion order (drag and drop); whether it moved. */
  public boolean moveSegment(String segmentId, int index) {
    return session.execute(new MoveSegment(segmentId, index));
  }

  /** Moves the selected segment earlier (-1) or later (+1) in the expansion order. */
  public void moveSelectedSegmentBy(int delta) {
    String id = selection.segmentProperty().get();
    int index = id == null ? -1 : canvas().segmentIndex(id);
    if (index >= 0 && index + delta >= 0) {
      session.execute(new MoveSegment(id, index + delta));
    }
  }

  // Header

  /** Changes one header field; blank text unsets it. */
  public void editHeader(EditHeader.Field field, Object value) {
    Object v = value instanceof String s && s.isBlank() ? null : value;
    if (!Objects.equals(field.of(canvas().header()), v)) {
      session.execute(new EditHeader(field, v));
    }
  }

  /** Joins a new note's adding and its first text into one edit. */
  private record NewNote(String id) {}
}
