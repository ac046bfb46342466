package app.toile.ui.segments;

import javafx.css.PseudoClass;
import javafx.scene.SnapshotParameters;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.paint.Color;

/**
 * Drag and drop of segment cards: dropping a card on another puts it at that card's place, so
 * dragging changes the expansion order (as Alt+Up/Down does), in one undoable edit.
 */
public final class SegmentDrag {
  /** The clipboard format of a dragged segment: its id. */
  public static final DataFormat SEGMENT_ID = new DataFormat("application/x-toile-segment-id");
  private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

  private SegmentDrag() {}

  /** Makes a card draggable, and a drop target for the other cards. */
  static void install(SegmentCard card, SegmentsViewModel vm) {
    card.setOnDragDetected(e -> {
      Dragboard db = card.startDragAndDrop(TransferMode.MOVE);
      ClipboardContent content = new ClipboardContent();
      content.put(SEGMENT_ID, card.segment().id());
      db.setContent(content);
      SnapshotParameters p = new SnapshotParameters();
      p.setFill(Color.TRANSPARENT);
      db.setDragView(card.snapshot(p, null));
      e.consume();
    });
    card.setOnDragOver(e -> {
      Object id = e.getDragboard().getContent(SEGMENT_ID);
      if (id != null && !id.equals(card.segment().id())) {
        e.acceptTransferModes(TransferMode.MOVE);
        card.pseudoClassStateChanged(DROP_TARGET, true);
      }
      e.consume();
    });
    card.setOnDragExited(e -> card.pseudoClassStateChanged(DROP_TARGET, false));
    card.setOnDragDropped(e -> {
      Object id = e.getDragboard().getContent(SEGMENT_ID);
      boolean done = id instanceof String s && move(vm, s, card.segment().id());
      card.pseudoClassStateChanged(DROP_TARGET, false);
      e.setDropCompleted(done);
      e.consume();
    });
  }

  /** Moves a segment to the place of another; returns whether the order changed. */
  public static boolean move(SegmentsViewModel vm, String segmentId, String ontoId) {
    int to = vm.canvas().segmentIndex(ontoId);
    if (to < 0 || segmentId.equals(ontoId)) {
      return false;
    }
    boolean moved = vm.moveSegment(segmentId, to);
    vm.selectSegment(segmentId);
    return moved;
  }
}
