package app.toile.session;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Canvas.NotePlace;
import app.toile.model.SegmentStatus;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What is selected on the canvas (a block, and in it a note or a segment) and which note is being
 * edited in place. It follows the document: an undo that removes the selected note or segment
 * drops it, one that moves the note back takes the block along.
 */
public final class Selection {
  private final Document document;
  private final ReadOnlyObjectWrapper<Block> block = new ReadOnlyObjectWrapper<>(this, "block");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");
  private final ReadOnlyStringWrapper segment = new ReadOnlyStringWrapper(this, "segment");
  private final ReadOnlyStringWrapper editingNote = new ReadOnlyStringWrapper(this, "editingNote");

  Selection(Document document) {
    this.document = document;
    document.canvasProperty().addListener((o, was, now) -> forgetMissing(now));
    document.openProperty().addListener((o, was, now) -> selectFirstBlock());
  }

  // Properties

  /** The selected block; Customer Segments when a canvas opens. */
  public ReadOnlyObjectProperty<Block> blockProperty() {
    return block.getReadOnlyProperty();
  }

  /** Id of the selected note, or null. */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** Id of the selected segment, or null. */
  public ReadOnlyStringProperty segmentProperty() {
    return segment.getReadOnlyProperty();
  }

  /** Id of the note whose text is being edited in place, or null. */
  public ReadOnlyStringProperty editingNoteProperty() {
    return editingNote.getReadOnlyProperty();
  }

  /** The selected note and where it stands. */
  public Optional<NotePlace> notePlace() {
    String id = note.get();
    return id == null ? Optional.empty() : document.canvas().findNote(id);
  }

  // Commands

  /**
   * Selects the Customer Segments block and, as when a canvas opens, its focus segment (the
   * first one when none is the focus), if it has any.
   */
  public void selectFirstBlock() {
    selectBlock(Block.CUSTOMER_SEGMENTS);
    Canvas c = document.canvas();
    c.segments().stream().filter(s -> s.status() == SegmentStatus.FOCUS).findFirst()
        .or(() -> c.segments().stream().findFirst())
        .ifPresent(s -> selectSegment(s.id()));
  }

  public void selectBlock(Block b) {
    block.set(b);
    note.set(null);
    segment.set(null);
  }

  public void selectNote(String noteId) {
    document.canvas().findNote(noteId).ifPresent(p -> {
      block.set(p.block());
      segment.set(null);
      note.set(noteId);
    });
  }

  public void selectSegment(String segmentId) {
    block.set(Block.CUSTOMER_SEGMENTS);
    note.set(null);
    segment.set(segmentId);
  }

  /** Selects a note and starts editing its text in place. */
  public void startEditing(String noteId) {
    selectNote(noteId);
    editingNote.set(noteId);
  }

  /** Ends editing in place. */
  public void stopEditing() {
    editingNote.set(null);
  }

  private void forgetMissing(Canvas now) {
    if (note.get() != null) {
      // An undone move takes the note back to its block: the selected block follows it.
      Optional<NotePlace> place = now.findNote(note.get());
      if (place.isEmpty()) {
        note.set(null);
      } else if (place.get().block() != block.get()) {
        String id = note.get();
        block.set(place.get().block());
        note.set(id);
      }
    }
    if (editingNote.get() != null && now.findNote(editingNote.get()).isEmpty()) {
      editingNote.set(null);
    }
    if (segment.get() != null && now.segment(segment.get()).isEmpty()) {
      segment.set(null);
    }
  }
}
