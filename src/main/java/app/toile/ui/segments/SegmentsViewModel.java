package app.toile.ui.segments;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.session.CanvasEdits;
import app.toile.session.EditorSession;
import app.toile.session.FindingsResult;
import app.toile.ui.base.Level;
import app.toile.ui.base.SegmentFields;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the Customer Segments block and its cards show and do: the segments, the selection, and
 * adding, renaming, moving and deleting segments, all on the session. No scene-graph code.
 */
public final class SegmentsViewModel {
  private final EditorSession session;
  private final CanvasEdits edits;
  private final ObjectBinding<Map<String, Level>> marks;

  public SegmentsViewModel(EditorSession session) {
    this.session = session;
    this.edits = session.edits();
    ReadOnlyObjectProperty<FindingsResult> result = session.findings().resultProperty();
    marks = Bindings.createObjectBinding(() -> {
      Map<String, Level> m = new LinkedHashMap<>();
      result.get().summary().worstBySegment()
          .forEach((id, s) -> m.put(id, Level.valueOf(s.name())));
      return Map.copyOf(m);
    }, result);
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

  /**
   * The worst level of the latest findings on each segment that has some; a card marks it.
   * Derived from the session's findings alone, so it holds whichever updates first, the canvas
   * or its findings.
   */
  public ObjectBinding<Map<String, Level>> marksProperty() {
    return marks;
  }

  // Commands

  public void selectBlock(Block block) {
    edits.selectBlock(block);
  }

  public void selectSegment(String segmentId) {
    edits.selectSegment(segmentId);
  }

  /**
   * Adds a segment with the next chip colour, selects it, asks the side panel for its name field
   * (to type the real name at once) and returns its id.
   */
  public String addSegment(String name) {
    String id = edits.addSegment(name);
    session.openField(id, SegmentFields.NAME.path());
    return id;
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
