package app.toile.session;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The search in the open canvas: what is searched, the places that hold it (kept up to date as
 * the canvas changes), and the one stepped to, whose note or segment is selected. Searching is
 * no edit: nothing goes on the undo stack.
 */
public final class Search {
  private final Document document;
  private final Selection selection;
  private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<List<SearchHit>> hits =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);

  Search(Document document, Selection selection) {
    this.document = document;
    this.selection = selection;
    document.canvasProperty().addListener(o -> refresh());
  }

  // Properties

  public ReadOnlyStringProperty queryProperty() {
    return query.getReadOnlyProperty();
  }

  /** The places that hold the query, in reading order. */
  public ReadOnlyObjectProperty<List<SearchHit>> hitsProperty() {
    return hits.getReadOnlyProperty();
  }

  /** The place stepped to, as an index in the hits; -1 before the first step or with none. */
  public ReadOnlyIntegerProperty currentProperty() {
    return current.getReadOnlyProperty();
  }

  /** The place stepped to, or null. */
  public SearchHit currentHit() {
    int i = current.get();
    return i < 0 || i >= hits.get().size() ? null : hits.get().get(i);
  }

  // Commands

  /**
   * Searches a text. Nothing is selected yet: the search field keeps the keyboard while the
   * text is typed, and the first step goes to the first place.
   */
  public void find(String text) {
    query.set(text == null ? "" : text);
    hits.set(CanvasSearch.find(document.canvas(), query.get()));
    current.set(-1);
  }

  /** Steps to the next place, after the last back to the first. */
  public void next() {
    step(1);
  }

  /** Steps to the previous place, before the first on to the last. */
  public void previous() {
    step(-1);
  }

  /** Ends the search: no query, no hit. */
  public void clear() {
    find("");
  }

  private void step(int by) {
    int n = hits.get().size();
    if (n == 0) {
      return;
    }
    int i = current.get();
    current.set(i < 0 ? (by > 0 ? 0 : n - 1) : Math.floorMod(i + by, n));
    select(currentHit());
  }

  /** Finds again after an edit, keeping the place stepped to when it still holds the query. */
  private void refresh() {
    SearchHit was = currentHit();
    List<SearchHit> found = CanvasSearch.find(document.canvas(), query.get());
    hits.set(found);
    int kept = was == null ? -1 : found.indexOf(was);
    current.set(kept >= 0 ? kept : Math.min(current.get(), found.size() - 1));
  }

  private void select(SearchHit hit) {
    if (hit == null) {
      return;
    }
    switch (hit.kind()) {
      case NOTE -> selection.selectNote(hit.id());
      case SEGMENT -> selection.selectSegment(hit.id());
      case HEADER -> { }
    }
  }
}
