package app.toile.ui.search;

import app.toile.session.EditorSession;
import app.toile.session.Search;
import app.toile.session.SearchHit;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The search bar's state: whether it shows, the text typed, and what to say of the hits ("2 of
 * 5", "4 matches", "No match"), as a {@link Count} the view words in the editor's language. The
 * matching itself is the session's {@link Search}. No scene-graph code.
 */
public final class SearchViewModel {
  /**
   * What the bar says of the hits.
   *
   * @param current the place stepped to, from 1; 0 before the first step
   * @param total how many places hold the text
   * @param searched whether any text is searched
   */
  public record Count(int current, int total, boolean searched) {}

  private final Search search;
  private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
  private final StringProperty text = new SimpleStringProperty("");
  private final ObservableValue<Count> count;
  private final BooleanBinding none;

  public SearchViewModel(EditorSession session) {
    this.search = session.search();
    text.addListener((o, was, now) -> {
      if (shown.get()) {
        search.find(now);
      }
    });
    count = Bindings.createObjectBinding(() -> new Count(search.currentProperty().get() + 1,
        search.hitsProperty().get().size(), !search.queryProperty().get().isBlank()),
        search.currentProperty(), search.hitsProperty(), search.queryProperty());
    none = Bindings.createBooleanBinding(() -> !search.queryProperty().get().isBlank()
        && search.hitsProperty().get().isEmpty(), search.hitsProperty(), search.queryProperty());
  }

  // Properties

  public ReadOnlyBooleanProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** The text searched, as typed. */
  public StringProperty textProperty() {
    return text;
  }

  public ObservableValue<Count> countProperty() {
    return count;
  }

  /** True when a text is searched and nothing holds it. */
  public BooleanBinding noneProperty() {
    return none;
  }

  /** The places found, for the marks on the canvas. */
  public ObservableValue<List<SearchHit>> hitsProperty() {
    return search.hitsProperty();
  }

  // Commands

  /** Shows the bar, searching again what it held. */
  public void open() {
    shown.set(true);
    search.find(text.get());
  }

  /** Hides the bar and its marks; the text is kept for the next Ctrl+F. */
  public void close() {
    shown.set(false);
    search.clear();
  }

  public void next() {
    search.next();
  }

  public void previous() {
    search.previous();
  }
}
