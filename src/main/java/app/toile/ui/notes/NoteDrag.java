package app.toile.ui.notes;

import app.toile.model.Block;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Drag and drop of notes: a note carries its id; a block's note area accepts it and inserts it
 * before the note under the pointer, so the same gesture reorders and moves between blocks.
 */
public final class NoteDrag {
  /** The clipboard format of a dragged note: its id. */
  public static final DataFormat NOTE_ID = new DataFormat("application/x-toile-note-id");
  private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

  private NoteDrag() {}

  static void makeDraggable(NoteView view) {
    view.setOnDragDetected(e -> {
      if (view.isEditing()) {
        return;
      }
      Dragboard db = view.startDragAndDrop(TransferMode.MOVE);
      ClipboardContent content = new ClipboardContent();
      content.put(NOTE_ID, view.note().id());
      db.setContent(content);
      SnapshotParameters p = new SnapshotParameters();
      p.setFill(Color.TRANSPARENT);
      db.setDragView(view.snapshot(p, null));
      e.consume();
    });
  }

  /**
   * Makes a block's note area accept dropped notes.
   *
   * @param target the node that shows the drop highlight
   * @param notes the pane holding the block's note views, in order
   */
  public static void acceptDrops(Node target, Pane notes, Block block, NotesViewModel vm) {
    target.setOnDragOver(e -> {
      if (e.getDragboard().hasContent(NOTE_ID)) {
        e.acceptTransferModes(TransferMode.MOVE);
        target.pseudoClassStateChanged(DROP_TARGET, true);
      }
      e.consume();
    });
    target.setOnDragExited(e -> target.pseudoClassStateChanged(DROP_TARGET, false));
    target.setOnDragDropped(e -> {
      boolean done = false;
      if (e.getDragboard().hasContent(NOTE_ID)) {
        String id = (String) e.getDragboard().getContent(NOTE_ID);
        vm.moveNote(id, block, dropIndex(notes, id, e));
        done = true;
      }
      target.pseudoClassStateChanged(DROP_TARGET, false);
      e.setDropCompleted(done);
      e.consume();
    });
  }

  /**
   * The index the dropped note takes: before the first note whose row is below the pointer or
   * whose centre is right of it on the pointer's row; at the end otherwise. The dragged note itself
   * is not counted, since it leaves its place first.
   */
  static int dropIndex(Pane notes, String draggedId, DragEvent e) {
    Point2D p = notes.sceneToLocal(e.getSceneX(), e.getSceneY());
    int index = 0;
    for (Node child : notes.getChildren()) {
      if (child instanceof NoteView nv && nv.note().id().equals(draggedId)) {
        continue;
      }
      Bounds b = child.getBoundsInParent();
      boolean rowBelow = p.getY() < b.getMinY();
      boolean onRowBefore = p.getY() <= b.getMaxY() && p.getX() < b.getCenterX();
      if (rowBelow || onRowBefore) {
        return index;
      }
      index++;
    }
    return index;
  }
}
