package app.toile.ui.segments.editor;

import app.toile.command.EditSegment;
import app.toile.model.Block;
import app.toile.model.Canvas.NotePlace;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.session.CanvasEdits;
import app.toile.session.EditorSession;
import app.toile.ui.base.SegmentField;
import app.toile.ui.base.SegmentFields;
import app.toile.validation.Attractiveness;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The segment editor's state: the selected segment as it is now in the canvas, and its edits, each
 * one undoable command. Unset stays unset: a blank text is written as null, never as "".
 * No scene-graph code: tests drive it without a toolkit.
 */
public final class SegmentEditorViewModel {
  /** Description key of every field edit in the undo menu. */
  public static final String EDIT_KEY = "command.editSegment";

  private final EditorSession session;
  private final CanvasEdits edits;
  private final ObjectProperty<CustomerSegment> segment = new SimpleObjectProperty<>();
  private final SegmentHistoryViewModel history;

  public SegmentEditorViewModel(EditorSession session) {
    this.session = session;
    this.edits = session.edits();
    // One source, the session's selected segment as the canvas holds it: a change of the canvas
    // and of the selection arrive as one, whatever listens to them first.
    session.selectedSegmentProperty().addListener((o, was, now) -> segment.set(now));
    segment.set(session.selectedSegmentProperty().getValue());
    this.history = new SegmentHistoryViewModel(session);
  }

  /** The selected segment across the versions kept in the canvas. */
  public SegmentHistoryViewModel history() {
    return history;
  }

  // Properties

  /** The selected segment as it is in the current canvas; null when none is selected. */
  public ReadOnlyObjectProperty<CustomerSegment> segmentProperty() {
    return segment;
  }

  public CustomerSegment segment() {
    return segment.get();
  }

  /** Whether a canvas file can hold an amount typed in a field. */
  public boolean holdsAmount(BigDecimal amount) {
    return edits.holdsAmount(amount);
  }

  /** A field's value in the selected segment, or null. */
  public <T> T value(SegmentField<T> field) {
    return segment.get() == null ? null : field.of(segment.get());
  }

  /** The selected segment's attractiveness, live: empty while no score is set. */
  public OptionalDouble attractiveness() {
    return segment.get() == null ? OptionalDouble.empty() : Attractiveness.of(segment.get());
  }

  /** The other segments it may depend on, in expansion order. */
  public List<CustomerSegment> otherSegments() {
    CustomerSegment s = segment.get();
    return canvas().segments().stream().filter(o -> s == null || !o.id().equals(s.id())).toList();
  }

  /** The notes of other blocks that serve the selected segment, in block order. */
  public List<NotePlace> servingNotes() {
    CustomerSegment s = segment.get();
    List<NotePlace> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (Block b : Block.noteBlocks()) {
      List<Note> notes = canvas().notes(b);
      for (int i = 0; i < notes.size(); i++) {
        if (notes.get(i).segmentIds().contains(s.id())) {
          out.add(new NotePlace(b, i, notes.get(i)));
        }
      }
    }
    return out;
  }

  // Commands

  /** Sets a field of the selected segment; see {@link #set(String, SegmentField, Object)}. */
  public <T> boolean set(SegmentField<T> field, T value) {
    return segment.get() != null && set(segment.get().id(), field, value);
  }

  /**
   * Sets a field of a segment as one undoable edit; a blank text unsets it. Returns whether
   * anything changed (setting the value it already has records nothing).
   */
  public <T> boolean set(String segmentId, SegmentField<T> field, T value) {
    T v = value instanceof String text && text.isBlank() ? null : value;
    CustomerSegment s = canvas().segment(segmentId).orElse(null);
    if (s == null || Objects.equals(field.of(s), v)) {
      return false;
    }
    return session.execute(new EditSegment(segmentId, EDIT_KEY, x -> field.with(x, v)));
  }

  /**
   * Sets a field of a segment as it is typed, key by key: every change made under the same typing
   * key is one step to undo (see {@code UndoStack#execute(Command, Object)}). A blank text unsets it.
   */
  public boolean type(String segmentId, SegmentField<String> field, String text, Object typing) {
    String v = text == null || text.isBlank() ? null : text;
    CustomerSegment s = canvas().segment(segmentId).orElse(null);
    if (s == null || Objects.equals(field.of(s), v)) {
      return false;
    }
    return session.execute(new EditSegment(segmentId, EDIT_KEY, x -> field.with(x, v)), typing);
  }

  /** Sets both ages of the selected segment as one edit (the range slider moves both at once). */
  public boolean setAgeRange(Integer min, Integer max) {
    CustomerSegment s = segment.get();
    if (s == null || Objects.equals(s.profile().demographic().ageMin(), min)
        && Objects.equals(s.profile().demographic().ageMax(), max)) {
      return false;
    }
    return session.execute(new EditSegment(s.id(), EDIT_KEY,
        x -> SegmentFields.AGE_MAX.with(SegmentFields.AGE_MIN.with(x, min), max)));
  }

  /** Replaces the segments the selected one depends on, keeping their order and no repeats. */
  public boolean setDependsOn(List<String> ids) {
    CustomerSegment s = segment.get();
    if (s == null) {
      return false;
    }
    List<String> list = List.copyOf(new LinkedHashSet<>(ids));
    if (list.equals(s.dependsOn())) {
      return false;
    }
    return session.execute(
        new EditSegment(s.id(), "command.editLinks", x -> x.withDependsOn(list)));
  }

  /** Selects a note that serves the segment (the editor closes, the note shows selected). */
  public void selectNote(String noteId) {
    edits.selectNote(noteId);
  }

  private Canvas canvas() {
    return edits.canvas();
  }
}
