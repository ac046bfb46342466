package app.toile.ui.guide;

import app.toile.model.Block;
import app.toile.ui.guide.GuideViewModel.Question;
import app.toile.validation.FindingCode;
import java.util.List;
import java.util.Optional;

/**
 * What the guide card's actions do: each leads to the exact place to type, so that following the
 * guide alone fills the canvas. Adding a segment starts its renaming, adding a note starts its
 * editing, a question or a finding focuses the segment editor's field. All of it goes through the
 * guide's view model and the session; adding a segment is the segments block's own action, handed
 * in by the window.
 */
final class GuideActions {
  private final GuideViewModel vm;
  private Runnable addSegment = () -> { };

  GuideActions(GuideViewModel vm) {
    this.vm = vm;
  }

  void setAddSegment(Runnable addSegment) {
    this.addSegment = addSegment;
  }

  /** Puts the canvas's selection on the block the guide is on. */
  void show(Block block) {
    vm.select(block);
  }

  /** Adds a segment, its name ready to type. */
  void addSegment() {
    addSegment.run();
  }

  /** Adds a note to a block, ready to type. */
  void addNote(Block block) {
    vm.addNote(block, List.of());
  }

  /** Focuses the field that answers a question, for the segment the questions are about. */
  void answer(Question question, String segmentId) {
    if (question.field() != null && segmentId != null) {
      vm.openField(segmentId, question.field());
    }
  }

  /** Makes a segment the focus, the one beachhead to conquer first. */
  void makeFocus(String segmentId) {
    vm.makeFocus(segmentId);
  }

  /**
   * Acts on a missing item: adds the first segment; opens a finding's field; in a note block,
   * adds a note, serving the segment the item names.
   */
  void fix(Missing m) {
    if (m.isNoSegment()) {
      addSegment();
    } else if (m.finding() != null) {
      vm.openFinding(m.finding());
    } else if (m.segmentId() != null) {
      vm.addNote(m.block(), List.of(m.segmentId()));
    } else {
      vm.addNote(m.block(), List.of());
    }
  }

  /** The segment the validator suggests as the focus, while none is chosen. */
  static Optional<String> focusSuggestion(List<Missing> missing) {
    return missing.stream()
        .filter(m -> m.finding() != null && m.finding().code() == FindingCode.FOCUS_NONE)
        .flatMap(m -> m.finding().relatedSegmentIds().stream()).findFirst();
  }
}
