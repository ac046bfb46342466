package app.toile.ui.guide;

import app.toile.model.Block;
import app.toile.model.SegmentStatus;
import app.toile.ui.canvas.CanvasViewModel;
import app.toile.ui.editor.EditorView;
import app.toile.ui.guide.GuideViewModel.Question;
import app.toile.ui.segments.editor.SegmentFields;
import app.toile.ui.segments.editor.SegmentWorkspace;
import app.toile.validation.FindingCode;
import java.util.List;
import java.util.Optional;

/**
 * What the guide card's actions do on the canvas: each leads to the exact place to type, so that
 * following the guide alone fills the canvas. Adding a segment starts its renaming, adding a note
 * starts its editing, a question or a finding focuses the segment editor's field.
 */
final class GuideActions {
  private final CanvasViewModel canvas;
  private final EditorView editor;

  GuideActions(CanvasViewModel canvas, EditorView editor) {
    this.canvas = canvas;
    this.editor = editor;
  }

  private SegmentWorkspace workspace() {
    return editor.workspace();
  }

  /** Puts the canvas's selection on the block the guide is on. */
  void show(Block block) {
    if (block.holdsNotes()) {
      canvas.selectBlock(block);
    } else if (canvas.selectedSegmentProperty().get() == null) {
      canvas.selectFirstBlock();
    }
  }

  /** Adds a segment, its name ready to type. */
  void addSegment() {
    editor.segmentsBlock().addSegment();
  }

  /** Adds a note to a block, ready to type. */
  void addNote(Block block) {
    canvas.addNote(block);
  }

  /** Focuses the field that answers a question, for the segment the questions are about. */
  void answer(Question question, String segmentId) {
    if (question.field() != null && segmentId != null) {
      canvas.session().openField(segmentId, question.field());
    }
  }

  /** Makes a segment the focus, the one beachhead to conquer first. */
  void makeFocus(String segmentId) {
    workspace().editorViewModel().set(segmentId, SegmentFields.STATUS, SegmentStatus.FOCUS);
    canvas.selectSegment(segmentId);
  }

  /**
   * Acts on a missing item: adds the first segment; opens a finding's field; in a note block,
   * adds a note, serving the segment the item names.
   */
  void fix(Missing m) {
    if (m.isNoSegment()) {
      addSegment();
    } else if (m.finding() != null) {
      canvas.session().openFinding(m.finding());
    } else if (m.segmentId() != null) {
      canvas.addNote(m.block(), List.of(m.segmentId()));
    } else {
      canvas.addNote(m.block());
    }
  }

  /** The segment the validator suggests as the focus, while none is chosen. */
  static Optional<String> focusSuggestion(List<Missing> missing) {
    return missing.stream()
        .filter(m -> m.finding() != null && m.finding().code() == FindingCode.FOCUS_NONE)
        .flatMap(m -> m.finding().relatedSegmentIds().stream()).findFirst();
  }
}
