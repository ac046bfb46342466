package app.toile.ui.guide;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Guide;
import app.toile.ui.document.Document;
import app.toile.ui.findings.FindingsViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * The guided flow: walks the founder through the nine blocks in fill order, one at a time, with
 * the block's guiding questions and what it still lacks. Where it stands is kept in the canvas
 * (outside the undo history), so that a saved file resumes it. No scene-graph code: tests drive
 * it without a toolkit.
 */
public final class GuideViewModel {
  private static final List<Block> ORDER = List.of(Block.values());

  private final Document document;
  private final FindingsViewModel findings;
  private final ObservableValue<Locale> locale;
  private final ObservableValue<String> selectedSegment;
  private final IntegerProperty index = new SimpleIntegerProperty(0);
  private final BooleanProperty shown = new SimpleBooleanProperty(false);

  /**
   * @param document the open canvas, which records where the guide stands
   * @param findings the validator's findings on it, which customer segments lack
   * @param locale the language of questions and missing items
   * @param selectedSegment the id of the selected segment, the one questions are about, or null
   */
  public GuideViewModel(Document document, FindingsViewModel findings,
      ObservableValue<Locale> locale, ObservableValue<String> selectedSegment) {
    this.document = document;
    this.findings = findings;
    this.locale = locale;
    this.selectedSegment = selectedSegment;
    index.addListener((o, was, now) -> record());
    shown.addListener((o, was, now) -> record());
    document.openProperty().addListener((o, was, now) -> {
      if (now) {
        resume(document.canvas().guide());
      }
    });
    if (document.openProperty().get()) {
      resume(document.canvas().guide());
    }
  }

  /** Shows the guide where the canvas says it was, or hides it when the canvas has none. */
  private void resume(Guide guide) {
    if (guide == null) {
      shown.set(false);
      index.set(0);
    } else {
      index.set(ORDER.indexOf(guide.resumeAt()));
      shown.set(true);
    }
  }

  private void record() {
    document.setGuide(shown.get() ? Guide.at(current()) : null);
  }

  // Properties

  /** The index of the current block in fill order, 0 to 8. */
  public ReadOnlyIntegerProperty indexProperty() {
    return index;
  }

  /** Whether the guide is shown. */
  public ReadOnlyBooleanProperty shownProperty() {
    return shown;
  }

  public boolean isShown() {
    return shown.get();
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
    shown.set(true);
  }

  /** Hides the guide; it reopens at the same block while this canvas stays open. */
  public void leave() {
    shown.set(false);
  }

  /** Goes to the next block; stays on the last one. */
  public void next() {
    if (!isLast()) {
      index.set(index.get() + 1);
    }
  }

  /** Goes back to the previous block; stays on the first one. */
  public void back() {
    if (!isFirst()) {
      index.set(index.get() - 1);
    }
  }

  /** Jumps to a block. */
  public void goTo(Block block) {
    index.set(ORDER.indexOf(block));
  }

  // Texts

  private Texts ui() {
    return Texts.of("ui", locale.getValue());
  }

  /** The progress, as "3 of 9". */
  public String progress() {
    return ui().get("guide.progress", index.get() + 1, ORDER.size());
  }

  /** The current block's name. */
  public String blockName() {
    return Texts.labels(locale.getValue()).get("block." + current().key() + ".name");
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
          SegmentQuestions.answered(i, document.canvas(), segment)));
    }
    return list;
  }

  /** The segment the questions are about: the selected one, else the first; null when none. */
  public CustomerSegment questionedSegment() {
    Canvas c = document.canvas();
    String id = selectedSegment.getValue();
    return c.segment(id == null ? "" : id)
        .orElse(c.segments().isEmpty() ? null : c.segments().get(0));
  }

  static String questionKey(Block block, int number) {
    return "guide." + block.key() + ".q" + number;
  }

  /** What the current block still lacks, in the current language. */
  public List<Missing> missing() {
    if (current().holdsNotes()) {
      return Missing.ofNotes(document.canvas(), current(), locale.getValue());
    }
    FindingsViewModel.Result result = findings.resultProperty().get();
    return Missing.ofSegments(result.canvas(), result.findings(), locale.getValue());
  }
}
