package app.toile.session;

import app.toile.command.Command;
import app.toile.command.UndoStack;
import app.toile.model.Canvas;
import app.toile.model.Guide;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The open canvas, its file and its edit history, as properties the views observe. Every edit goes
 * through {@link #execute(Command)}, so undo, redo and the unsaved mark come from one place.
 * No scene-graph code: tests drive it without a toolkit.
 */
public final class Document {
  private final ObjectProperty<Canvas> canvas = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
  private final BooleanProperty open = new SimpleBooleanProperty();
  private final BooleanProperty unsaved = new SimpleBooleanProperty();
  private final BooleanProperty canUndo = new SimpleBooleanProperty();
  private final BooleanProperty canRedo = new SimpleBooleanProperty();
  private final BooleanProperty untouched = new SimpleBooleanProperty();
  private final StringProperty undoKey = new SimpleStringProperty();
  private final StringProperty redoKey = new SimpleStringProperty();
  private final LongProperty revision = new SimpleLongProperty();
  /** Counts the canvases loaded, so that a revision of one never passes for one of another. */
  private long generation;
  private UndoStack stack;
  // A canvas restored from a recovery copy differs from its file even before any edit.
  private boolean restored;
  private Guide guide;

  /** A document with no canvas open (the start screen). */
  public Document() {
    close();
  }

  // Properties

  /** The current canvas; an empty canvas while none is open. */
  public ReadOnlyObjectProperty<Canvas> canvasProperty() {
    return canvas;
  }

  public Canvas canvas() {
    return canvas.get();
  }

  /** The file the canvas was opened from or saved to; null for a new canvas. */
  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file;
  }

  public Path file() {
    return file.get();
  }

  /** Whether a canvas is open (false on the start screen). */
  public ReadOnlyBooleanProperty openProperty() {
    return open;
  }

  /** Whether the canvas differs from the file on disk. */
  public ReadOnlyBooleanProperty unsavedProperty() {
    return unsaved;
  }

  public boolean isUnsaved() {
    return unsaved.get();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo;
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo;
  }

  /**
   * Whether the canvas is a new, empty one nothing has been done to yet: no edit made or undone,
   * never saved, not recovered. The window then shows where to begin rather than what is missing;
   * the first edit ends it for good (undoing it does not bring it back).
   */
  public ReadOnlyBooleanProperty untouchedProperty() {
    return untouched;
  }

  /** Description key of the edit that undo would undo, or null. */
  public ReadOnlyStringProperty undoKeyProperty() {
    return undoKey;
  }

  /** Description key of the edit that redo would redo, or null. */
  public ReadOnlyStringProperty redoKeyProperty() {
    return redoKey;
  }

  /**
   * Changes with every edit, undo, redo and canvas loaded, not with a move of the guide: what
   * validation is computed for, once per value.
   */
  public ReadOnlyLongProperty revisionProperty() {
    return revision;
  }

  public long revision() {
    return revision.get();
  }

  /**
   * Where the guide stands (null: off), kept beside the canvas and written beside it in its file.
   * Navigation, not an edit: undo and redo never touch it.
   */
  public Guide guide() {
    return guide;
  }

  // Commands

  /** Applies an edit to the open canvas; returns whether it changed anything. */
  public boolean execute(Command command) {
    return open.get() && stack.execute(command);
  }

  /**
   * Applies an edit that joins the last one when both carry the same key (see
   * {@link UndoStack#execute(Command, Object)}): one step to undo for what the founder sees as one.
   */
  public boolean execute(Command command, Object joinKey) {
    return open.get() && stack.execute(command, joinKey);
  }

  /**
   * Records where the guide stands (null: off). It is not an edit: undo and redo keep it, and it
   * does not mark the canvas unsaved; the next save writes it.
   */
  void setGuide(Guide guide) {
    if (open.get()) {
      this.guide = guide;
    }
  }

  public void undo() {
    stack.undo();
  }

  public void redo() {
    stack.redo();
  }

  /** Shows a canvas, with a fresh history, as saved in {@code path} (null: a new, unsaved-to-disk canvas). */
  public void load(Canvas loaded, Path path) {
    load(loaded, null, path);
  }

  /** Shows a canvas as {@link #load(Canvas, Path)} does, with the guide where its file left it. */
  public void load(Canvas loaded, Guide guide, Path path) {
    this.guide = guide;
    restored = false;
    generation++;
    stack = new UndoStack(loaded);
    stack.addListener(this::sync);
    file.set(path);
    // Whoever listens to "open" sees the new canvas, and a canvas that replaces another opens
    // afresh (its first segment selected) as the first one did.
    open.set(false);
    sync();
    open.set(true);
  }

  /**
   * Shows a canvas recovered after a crash, as unsaved work on {@code path} (null: untitled): it
   * stays unsaved until it is saved, whatever is undone.
   */
  public void restore(Canvas recovered, Guide guide, Path path) {
    load(recovered, guide, path);
    restored = true;
    sync();
  }

  /** Records that a given canvas was written: the mark clears only if nothing changed meanwhile. */
  public void saved(Path path, Canvas written) {
    file.set(path);
    if (stack.canvas().equals(written)) {
      stack.markSaved();
      restored = false;
      sync();
    }
  }

  /** Closes the canvas and goes back to the start screen. */
  public void close() {
    guide = null;
    restored = false;
    generation++;
    stack = new UndoStack(Canvas.empty());
    file.set(null);
    open.set(false);
    sync();
  }

  private void sync() {
    canvas.set(stack.canvas());
    // After the canvas: whoever follows the revision reads the canvas it belongs to.
    revision.set((generation << 32) + stack.revision());
    unsaved.set(stack.isUnsaved() || restored);
    canUndo.set(stack.canUndo());
    canRedo.set(stack.canRedo());
    untouched.set(file.get() == null && !restored && !stack.canUndo() && !stack.canRedo()
        && stack.canvas().equals(Canvas.empty()));
    undoKey.set(stack.undoCommand().map(Command::descriptionKey).orElse(null));
    redoKey.set(stack.redoCommand().map(Command::descriptionKey).orElse(null));
  }
}
