package app.toile.ui.versions;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import app.toile.session.EditorSession;
import app.toile.session.Versions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Versions panel's state: the versions kept in the canvas, newest first, each with its date
 * and a short summary in the editor's language; saving, restoring, renaming and deleting them
 * (each one undoable edit); and what to compare, handed to the compare view. No scene-graph code:
 * tests drive it without a toolkit.
 */
public final class VersionsViewModel {
  private final EditorSession session;
  private final Versions versions;
  private final ObservableValue<Locale> locale;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Sides> compared = new ReadOnlyObjectWrapper<>(this,
      "compared");
  private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this,
      "failure");
  private List<Snapshot> shown = List.of();
  private Locale shownIn;

  /**
   * A version as the panel lists it.
   *
   * @param name its name
   * @param date when it was saved, in words ("6 Dec 2026, 10:42"); empty when the file gave none
   * @param summary what it holds ("4 segments, 23 notes")
   */
  public record Row(String name, String date, String summary) {}

  /**
   * Two canvases to compare, each with the words that name it.
   *
   * @param before the earlier one and its name
   * @param after the later one and its name
   * @param afterIsCurrent whether the later one is the open canvas, followed as it is edited
   */
  public record Sides(Side before, Side after, boolean afterIsCurrent) {}

  /**
   * One side of a comparison.
   *
   * @param label what it is ("Version “6 Dec 2026” · 6 Dec 2026, 10:42", "Current canvas")
   * @param canvas the canvas
   */
  public record Side(String label, Canvas canvas) {}

  public VersionsViewModel(EditorSession session) {
    this.session = session;
    this.versions = session.versions();
    this.locale = session.localeProperty();
    session.document().canvasProperty().addListener((o, was, now) -> refresh());
    locale.addListener((o, was, now) -> refresh());
    refresh();
  }

  // Properties

  /** The versions, newest first. */
  public ObservableList<Row> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** Whether a canvas is open: versions are saved in one. */
  public ReadOnlyBooleanProperty openProperty() {
    return session.document().openProperty();
  }

  /** The two canvases last asked to be compared; null until one is. */
  public ReadOnlyObjectProperty<Sides> comparedProperty() {
    return compared.getReadOnlyProperty();
  }

  /** Why the file last asked to be compared could not be read, until it is shown; else null. */
  public ReadOnlyObjectProperty<String> failureProperty() {
    return failure.getReadOnlyProperty();
  }

  /** The name proposed for a new version: today's date, numbered when taken. */
  public String proposedName() {
    return versions.proposedName(locale.getValue());
  }

  /**
   * What is wrong with a name, in words, or empty when it may be given.
   *
   * @param renamed the version being renamed (it may keep its name), or null for a new one
   */
  public Optional<String> nameProblem(String name, String renamed) {
    return versions.problemOf(name, renamed).map(p -> texts().get(switch (p) {
      case EMPTY -> "versions.name.empty";
      case TAKEN -> "versions.name.taken";
    }, name == null ? "" : name.strip()));
  }

  /** The folder of the open canvas's file, where a file chooser starts; empty if none. */
  public Optional<Path> folder() {
    Path file = session.document().file();
    return Optional.ofNullable(file == null ? null : file.toAbsolutePath().getParent());
  }

  // Commands

  /** Keeps the canvas as it is now under a name, as one undoable edit. */
  public boolean save(String name) {
    return versions.save(name);
  }

  /** Puts a version in place of the current canvas; undo brings the current one back. */
  public boolean restore(Row row) {
    return row != null && versions.restore(row.name());
  }

  public boolean rename(Row row, String newName) {
    return row != null && versions.rename(row.name(), newName);
  }

  public boolean delete(Row row) {
    return row != null && versions.delete(row.name());
  }

  /**
   * Compares versions: one with the current canvas, or two with each other (the older one first,
   * whichever order they were picked in).
   */
  public void compare(List<Row> picked) {
    List<Snapshot> chosen = versions.all().stream()
        .filter(s -> picked.stream().anyMatch(r -> r.name().equals(s.name()))).toList();
    if (chosen.size() == 1) {
      ask(new Sides(side(chosen.get(0)), current(), true));
    } else if (chosen.size() == 2) {
      ask(new Sides(side(chosen.get(0)), side(chosen.get(1)), false));
    }
  }

  /** Reads another canvas file and compares the current canvas with it (the file first). */
  public void compareWithFile(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    versions.readToCompare(file,
        canvas -> ask(new Sides(new Side(texts().get("versions.side.file", name),
            canvas.withSnapshots(null)), current(), true)),
        reason -> failure.set(texts().get("versions.compareFailed", name, reason)));
  }

  /** Asks for a comparison, even the same one again (its window may have been closed). */
  private void ask(Sides sides) {
    compared.set(null);
    compared.set(sides);
  }

  /** The failure was shown. */
  public void failureShown() {
    failure.set(null);
  }

  /** The open canvas as a side of a comparison. */
  public Side current() {
    return new Side(texts().get("versions.side.current"), session.canvas().withSnapshots(null));
  }

  private Side side(Snapshot s) {
    String date = date(s.savedAt());
    return new Side(date.isEmpty() ? texts().get("versions.side.version", s.name())
        : texts().get("versions.side.versionDated", s.name(), date), s.canvas());
  }

  private void refresh() {
    List<Snapshot> now = versions.all();
    if (now.equals(shown) && locale.getValue().equals(shownIn)) {
      return;
    }
    shown = now;
    shownIn = locale.getValue();
    List<Row> list = new ArrayList<>();
    for (int i = now.size() - 1; i >= 0; i--) {
      Snapshot s = now.get(i);
      list.add(new Row(s.name(), date(s.savedAt()), texts().get("versions.summary",
          s.canvas().segments().size(), s.canvas().noteCount())));
    }
    rows.setAll(list);
  }

  private String date(Instant at) {
    return at == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale.getValue())
        .format(at.atZone(ZoneId.systemDefault()));
  }

  private Texts texts() {
    return Texts.of("ui", locale.getValue());
  }
}
