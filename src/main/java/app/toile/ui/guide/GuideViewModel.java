package app.toile.ui.guide;

import app.toile.i18n.Texts;
import app.toile.command.EditSegment;
import app.toile.model.Block;
import app.toile.model.SegmentStatus;
import app.toile.validation.Finding;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.session.EditorSession;
import app.toile.session.FindingsResult;
import app.toile.session.GuidePosition;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The guided flow: walks the founder through the nine blocks in fill order, one at a time, with
 * the block's guiding questions and what it still lacks. Where it stands is the session's
 * (outside the undo history), so that a saved file resumes it. No scene-graph code: tests drive
 * it without a toolkit.
 */
public final class GuideViewModel {
  private static final List<Block> ORDER = GuidePosition.order();
  /** The undo menu names the focus choice as any edit of a segment's field. */
  private static final String FOCUS_KEY = "command.editSegment";

  private final EditorSession session;
  private final GuidePosition guide;
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");

  /** The guide of a session: where it stands, the canvas it questions, the findings it lists. */
  public GuideViewModel(EditorSession session) {
    this.session = session;
    this.guide = session.guide();
    index.bind(Bindings.createIntegerBinding(() -> ORDER.indexOf(guide.blockProperty().get()),
        guide.blockProperty()));
  }

  // Properties

  /** The id of the selected segment, the one the questions are about, or null. */
  public javafx.beans.property.ReadOnlyStringProperty selectedSegmentProperty() {
    return session.selection().segmentProperty();
  }

  /** The canvas, each time it changes. */
  public ReadOnlyObjectProperty<Canvas> canvasProperty() {
    return session.document().canvasProperty();
  }

  /** The latest findings, which a large canvas gets after the canvas itself. */
  public ReadOnlyObjectProperty<FindingsResult> findingsProperty() {
    return session.findings().resultProperty();
  }

  /** A segment's name as the editor shows it, in the current language. */
  public String segmentName(String segmentId) {
    return session.segmentName(segmentId);
  }

  /** The index of the current block in fill order, 0 to 8. */
  public ReadOnlyIntegerProperty indexProperty() {
    return index.getReadOnlyProperty();
  }

  /** Whether the guide is shown. */
  public ReadOnlyBooleanProperty shownProperty() {
    return guide.shownProperty();
  }

  public boolean isShown() {
    return guide.shownProperty().get();
  }

  public Block current() {
    return ORDER.get(index.get());
  }

  public boolean isFirst() {
    return index.get() == 0;
  }

  public boolean isLast() {
    return index.get() == ORDER.size() - 1;
  }

  // Commands

  /** Shows the guide at the block where the founder left it. */
  public void open() {
    guide.open();
  }

  /** Hides the guide; it reopens at the same block while this canvas stays open. */
  public void leave() {
    guide.leave();
  }

  /** Goes to the next block; stays on the last one. */
  public void next() {
    if (!isLast()) {
      guide.goTo(ORDER.get(index.get() + 1));
    }
  }

  /** Goes back to the previous block; stays on the first one. */
  public void back() {
    if (!isFirst()) {
      guide.goTo(ORDER.get(index.get() - 1));
    }
  }

  /** Jumps to a block. */
  public void goTo(Block block) {
    guide.goTo(block);
  }

  /** Puts the canvas's selection on a block the guide is on (a segment stays selected). */
  public void select(Block block) {
    if (block.holdsNotes()) {
      session.selection().selectBlock(block);
    } else if (session.selection().segmentProperty().get() == null) {
      session.selection().selectFirstBlock();
    }
  }

  /**
   * Adds an empty note serving some segments, in one edit, and starts editing it: the canvas's own
   * way of adding a note, so that its first text joins its adding as one step to undo.
   */
  public void addNote(Block block, List<String> servedSegmentIds) {
    session.edits().addNote(block, servedSegmentIds);
  }

  /** Makes a segment the focus, the one beachhead to conquer first, as one undoable edit. */
  public void makeFocus(String segmentId) {
    session.execute(new EditSegment(segmentId, FOCUS_KEY,
        s -> s.withStatus(SegmentStatus.FOCUS)));
    session.selection().selectSegment(segmentId);
  }

  /** Opens a segment's field in the segment editor. */
  public void openField(String segmentId, String field) {
    session.openField(segmentId, field);
  }

  /** Goes where a finding points. */
  public void openFinding(Finding finding) {
    session.openFinding(finding);
  }

  // Texts

  private Texts ui() {
    return Texts.of("ui", session.localeProperty().getValue());
  }

  /** The progress, as "3 of 9". */
  public String progress() {
    return ui().get("guide.progress", index.get() + 1, ORDER.size());
  }

  /** The current block's name. */
  public String blockName() {
    return Texts.labels(session.localeProperty().getValue()).get("block." + current().key() + ".name");
  }

  /**
   * A guiding question; for customer segments, with the path of the segment editor field that
   * answers it and whether the segment the questions are about answers it.
   *
   * @param text the question
   * @param field the field's path, or null
   * @param answered whether it is answered
   */
  public record Question(String text, String field, boolean answered) {}

  /** The current block's guiding questions, in the order the founder should answer them. */
  public List<Question> questions() {
    Texts ui = ui();
    CustomerSegment segment = current() == Block.CUSTOMER_SEGMENTS ? questionedSegment() : null;
    List<Question> list = new ArrayList<>();
    for (int i = 0; ui.has(questionKey(current(), i + 1)); i++) {
      String text = ui.get(questionKey(current(), i + 1));
      list.add(segment == null ? new Question(text, null, false) : new Question(text,
          SegmentQuestions.field(i).path(),
          SegmentQuestions.answered(i, session.canvas(), segment)));
    }
    return list;
  }

  /** The segment the questions are about: the selected one, else the first; null when none. */
  public CustomerSegment questionedSegment() {
    Canvas c = session.canvas();
    String id = session.selection().segmentProperty().get();
    return c.segment(id == null ? "" : id)
        .orElse(c.segments().isEmpty() ? null : c.segments().get(0));
  }

  static String questionKey(Block block, int number) {
    return "guide." + block.key() + ".q" + number;
  }

  /** What the current block still lacks, in the current language. */
  public List<Missing> missing() {
    if (current().holdsNotes()) {
      return Missing.ofNotes(session.canvas(), current(), session.localeProperty().getValue());
    }
    FindingsResult result = session.findings().result();
    return Missing.ofSegments(result.canvas(), result.findings(), session.localeProperty().getValue());
  }
}
