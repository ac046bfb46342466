package app.toile.ui.segments;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.session.CanvasEdits;
import app.toile.session.EditorSession;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the Customer Segments block and its cards show and do: the segments, the selection, and
 * adding, renaming, moving and deleting segments, all on the session. No scene-graph code.
 */
public final class SegmentsViewModel {
  private final CanvasEdits edits;

  public SegmentsViewModel(EditorSession session) {
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

  public ReadOnlyStringProperty selectedSegmentProperty() {
    return edits.selectedSegmentProperty();
  }

  // Commands

  public void selectBlock(Block block) {
    edits.selectBlock(block);
  }

  public void selectSegment(String segmentId) {
    edits.selectSegment(segmentId);
  }

  /** Adds a segment with the next chip colour, selects it and returns its id. */
  public String addSegment(String name) {
    return edits.addSegment(name);
  }

  /** Renames a segment; a blank name unsets it. */
  public void renameSegment(String segmentId, String name) {
    edits.renameSegment(segmentId, name);
  }

  /** Moves a segment to a place in the expansion order; whether it moved. */
  public boolean moveSegment(String segmentId, int index) {
    return edits.moveSegment(segmentId, index);
  }

  public void moveSelectedSegmentBy(int delta) {
    edits.moveSelectedSegmentBy(delta);
  }

  /** Deletes the selected segment. */
  public void deleteSelection() {
    edits.deleteSelection();
  }
}
