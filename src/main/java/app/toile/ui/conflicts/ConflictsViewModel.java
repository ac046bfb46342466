package app.toile.ui.conflicts;

import app.toile.command.DecideConflict;
import app.toile.model.Canvas;
import app.toile.model.MergeConflict;
import app.toile.session.EditorSession;
import app.toile.versions.ConflictField;
import app.toile.versions.ConflictText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflicts a three-way merge left in the open canvas, for the founder to decide: each in the
 * domain's words (what it is about, the field, what base, ours and theirs said), and the three
 * things to do with it: keep ours (the merge kept it already), take theirs, or go to the field.
 * Each decision is one undoable edit that marks the canvas unsaved. No scene-graph code: tests
 * drive it without a toolkit.
 */
public final class ConflictsViewModel {
  private final EditorSession session;
  private final ObservableValue<Locale> locale;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  /** One read-only view, kept: its listeners live as long as this view model. */
  private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
  private List<MergeConflict> shown = List.of();
  private Locale shownIn;

  /**
   * A conflict as the panel shows it.
   *
   * @param index its place in the canvas's conflicts, for the decisions
   * @param subject what it is about ("Segment 'Lyon'", "The canvas")
   * @param field the field in the domain's words ("Pain depth", "The whole note")
   * @param base what both sides started from
   * @param ours what the merge kept, from this side
   * @param theirs what the other side said
   * @param theirsPossible whether theirs can be taken (not for a note or segment this side
   *     deleted, which the file cannot bring back, nor for a value that does not fit the field)
   * @param canGo whether there is a field or item to go to
   */
  public record Row(int index, String subject, String field, String base, String ours,
      String theirs, boolean theirsPossible, boolean canGo) {}

  public ConflictsViewModel(EditorSession session) {
    this.session = session;
    this.locale = session.localeProperty();
    session.document().canvasProperty().addListener((o, was, now) -> refresh());
    locale.addListener((o, was, now) -> refresh());
    refresh();
  }

  // Properties

  /** The conflicts left to decide, in the canvas's order. */
  public ObservableList<Row> rows() {
    return readOnlyRows;
  }

  /** How many conflicts are left to decide; 0 when no canvas is open. */
  public ReadOnlyIntegerProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  // Commands

  /** Keeps what the merge kept: the conflict goes away. */
  public void keepOurs(Row row) {
    conflict(row).ifPresent(c -> session.execute(DecideConflict.keepOurs(c)));
  }

  /** Takes theirs: the field gets theirs' value, or what theirs deleted is deleted. */
  public void takeTheirs(Row row) {
    conflict(row).filter(ConflictsViewModel::theirsPossible).ifPresent(c -> {
      UnaryOperator<Canvas> setField = ConflictField.theirs(c).orElse(null);
      session.execute(DecideConflict.takeTheirs(c, setField));
    });
  }

  /** Goes to the conflict's field: the segment's field, the note, or the market panel. */
  public void goTo(Row row) {
    conflict(row).ifPresent(c -> {
      Canvas canvas = session.canvas();
      if (c.segmentId() != null && canvas.segment(c.segmentId()).isPresent()) {
        if (c.field() == null) {
          session.edits().selectSegment(c.segmentId());
        } else {
          session.openField(c.segmentId(), c.field());
        }
      } else if (c.noteId() != null && canvas.findNote(c.noteId()).isPresent()) {
        session.edits().selectNote(c.noteId());
      } else if (marketField(c)) {
        session.showMarket();
      }
    });
  }

  private java.util.Optional<MergeConflict> conflict(Row row) {
    if (row.index() < 0 || row.index() >= shown.size()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(shown.get(row.index()));
  }

  private static boolean theirsPossible(MergeConflict c) {
    return DecideConflict.theirsCanBeTaken(c)
        && (c.field() == null || ConflictField.theirs(c).isPresent());
  }

  private static boolean marketField(MergeConflict c) {
    return c.segmentId() == null && c.noteId() == null && c.field() != null
        && (c.field().startsWith("market.") || c.field().equals("strategy"));
  }

  private boolean canGo(MergeConflict c, Canvas canvas) {
    if (c.segmentId() != null) {
      return canvas.segment(c.segmentId()).isPresent();
    } else if (c.noteId() != null) {
      return canvas.findNote(c.noteId()).isPresent();
    }
    return marketField(c);
  }

  private void refresh() {
    Canvas canvas = session.document().canvas();
    List<MergeConflict> now = canvas == null ? List.of() : canvas.conflicts();
    Locale in = locale.getValue();
    if (now.equals(shown) && in.equals(shownIn)) {
      return;
    }
    shown = now;
    shownIn = in;
    List<Row> made = new ArrayList<>();
    if (!now.isEmpty()) {
      ConflictText words = new ConflictText(canvas, in);
      for (int i = 0; i < now.size(); i++) {
        MergeConflict c = now.get(i);
        made.add(new Row(i, words.subject(c), words.field(c), words.value(c, c.base()),
            words.value(c, c.ours()), words.value(c, c.theirs()), theirsPossible(c),
            canGo(c, canvas)));
      }
    }
    rows.setAll(made);
    count.set(made.size());
  }
}
