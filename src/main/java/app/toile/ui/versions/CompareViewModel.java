package app.toile.ui.versions;

import app.toile.model.Canvas;
import app.toile.session.EditorSession;
import app.toile.ui.versions.VersionsViewModel.Side;
import app.toile.ui.versions.VersionsViewModel.Sides;
import app.toile.versions.Change;
import app.toile.versions.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The compare view's state: two canvases compared (from the core's {@link Comparison}), the list
 * of changes in words, the blocks side by side with their marks, and the change selected, which
 * next and previous step through. When the later side is the open canvas, it follows the edits.
 * Read-only: nothing here changes a canvas. No scene-graph code: tests drive it without a toolkit.
 */
public final class CompareViewModel {
  private final EditorSession session;
  private final Sides sides;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state");
  private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
  private final InvalidationListener follow = o -> compare();
  private Comparison comparison;
  private SideBySide layout;

  /**
   * One change in the list.
   *
   * @param mark what happened, by sign and word
   * @param kind the word ("Added", "Appeared")
   * @param text where and what, in one line
   */
  public record Row(Mark mark, String kind, String text) {}

  /**
   * One thing of a block on one side.
   *
   * @param key what names it on both sides ({@code note:ID}), to go to it
   * @param text its text or name
   * @param details lines under it: a segment's summary, the fields that changed
   * @param mark what happened to it; null when nothing did
   * @param markWord the mark's word ("Added", a finding "Appeared"); null when nothing happened
   */
  public record Item(String key, String text, List<String> details, Mark mark, String markWord) {}

  /**
   * A block of the canvas, the earlier side's things beside the later side's.
   *
   * @param title the block's name
   * @param before the earlier canvas's things
   * @param after the later canvas's things
   */
  public record Section(String title, List<Item> before, List<Item> after) {}

  /**
   * What the view shows, whole, each time the comparison is made.
   *
   * @param before what the left side is
   * @param after what the right side is
   * @param summary how many changes, in words
   * @param rows the changes, in order
   * @param sections the blocks side by side
   */
  public record State(String before, String after, String summary, List<Row> rows,
      List<Section> sections) {}

  public CompareViewModel(EditorSession session, Sides sides) {
    this.session = session;
    this.sides = sides;
    if (sides.afterIsCurrent()) {
      session.document().canvasProperty().addListener(follow);
    }
    session.localeProperty().addListener(follow);
    compare();
  }

  // Properties

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public State state() {
    return state.get();
  }

  /** The index of the selected change; -1 when none is. */
  public ReadOnlyIntegerProperty selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** Where the selected change is on the left ({@code note:ID}); null when only the right has it. */
  public String selectedBefore() {
    int i = selected.get();
    return i < 0 ? null : layout.beforeKey(i);
  }

  /** Where the selected change is on the right; null when only the left has it. */
  public String selectedAfter() {
    int i = selected.get();
    return i < 0 ? null : layout.afterKey(i);
  }

  // Commands

  /** Selects the next change, from the last back to the first. */
  public void next() {
    select(comparison.next(selected.get()));
  }

  /** Selects the previous change, from the first round to the last. */
  public void previous() {
    select(comparison.previous(selected.get()));
  }

  /** Selects a change by its index (-1: none). */
  public void select(int index) {
    selected.set(index < -1 || index >= comparison.changes().size() ? -1 : index);
  }

  /** Stops following the open canvas (the view was closed). */
  public void close() {
    session.document().canvasProperty().removeListener(follow);
    session.localeProperty().removeListener(follow);
  }

  private void compare() {
    Locale locale = session.localeProperty().getValue();
    Side before = sides.before();
    Side after = sides.afterIsCurrent()
        ? new Side(sides.after().label(), session.canvas().withSnapshots(null)) : sides.after();
    Canvas earlier = before.canvas().withSnapshots(null);
    comparison = Comparison.of(earlier, after.canvas());
    ChangeWords words = new ChangeWords(earlier, after.canvas(), locale);
    layout = new SideBySide(comparison, words);
    List<Row> rows = new ArrayList<>();
    for (Change c : comparison.changes()) {
      rows.add(new Row(Mark.valueOf(c.kind().name()), words.kind(c), words.line(c)));
    }
    String label = sides.afterIsCurrent() ? words.ui("versions.side.current") : after.label();
    int kept = selected.get();
    selected.set(-1);
    state.set(new State(before.label(), label, words.ui("versions.changes", rows.size()), rows,
        layout.sections()));
    // The same place in the list after an edit, as far as the list still reaches.
    select(Math.min(kept, rows.size() - 1));
  }
}
