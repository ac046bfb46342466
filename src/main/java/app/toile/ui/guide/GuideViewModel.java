package app.toile.ui.guide;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.validation.Finding;
import app.toile.validation.FindingMessages;
import app.toile.validation.Target;
import app.toile.validation.Validator;
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
 * the block's guiding questions and what it still lacks. No scene-graph code: tests drive it
 * without a toolkit.
 */
public final class GuideViewModel {
  private static final List<Block> ORDER = List.of(Block.values());

  private final ObservableValue<Canvas> canvas;
  private final ObservableValue<Locale> locale;
  private final IntegerProperty index = new SimpleIntegerProperty(0);
  private final BooleanProperty shown = new SimpleBooleanProperty(false);

  /**
   * @param canvas the canvas being filled
   * @param locale the language of questions and missing items
   */
  public GuideViewModel(ObservableValue<Canvas> canvas, ObservableValue<Locale> locale) {
    this.canvas = canvas;
    this.locale = locale;
  }

  /** Something the current block still lacks; {@code segmentId} is null when it is the block. */
  public record Missing(Block block, String segmentId, String text) {}

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

  /** Hides the guide; it reopens at the same block. */
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

  /** Jumps to a block, as when a missing item of another block is chosen. */
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

  /** The current block's guiding questions, in the order the founder should answer them. */
  public List<String> questions() {
    Texts ui = ui();
    List<String> list = new ArrayList<>();
    for (int i = 1; ui.has(questionKey(current(), i)); i++) {
      list.add(ui.get(questionKey(current(), i)));
    }
    return list;
  }

  static String questionKey(Block block, int number) {
    return "guide." + block.key() + ".q" + number;
  }

  /** What the current block still lacks, in the current language. */
  public List<Missing> missing() {
    Canvas c = canvas.getValue();
    if (c == null) {
      return List.of();
    }
    return current().holdsNotes() ? missingNotes(c, current()) : missingSegments(c);
  }

  /** For customer segments: the validator's findings about segments and the canvas as a whole. */
  private List<Missing> missingSegments(Canvas c) {
    FindingMessages messages = new FindingMessages(c, locale.getValue());
    List<Missing> list = new ArrayList<>();
    for (Finding f : Validator.validate(c)) {
      if (f.target().kind() != Target.Kind.NOTE) {
        list.add(new Missing(Block.CUSTOMER_SEGMENTS, f.target().segmentId(), messages.format(f)));
      }
    }
    return list;
  }

  /** For a note block: empty, or the active segments none of its notes serves. */
  private List<Missing> missingNotes(Canvas c, Block block) {
    Texts ui = ui();
    List<Note> notes = c.notes(block);
    List<Missing> list = new ArrayList<>();
    if (notes.isEmpty()) {
      list.add(new Missing(block, null, ui.get("guide.missing.empty")));
    }
    for (CustomerSegment s : c.segments()) {
      boolean served = notes.stream().anyMatch(n -> n.segmentIds().contains(s.id()));
      if (s.isActive() && !served) {
        list.add(new Missing(block, s.id(), ui.get("guide.missing.unserved", s.name())));
      }
    }
    return list;
  }
}
