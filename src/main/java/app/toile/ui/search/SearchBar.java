package app.toile.ui.search;

import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * Ctrl+F: a bar over the canvas with the text to find, how many places hold it ("2 of 5"), and
 * buttons to step through them. Enter goes to the next place, Shift+Enter to the previous, Esc
 * closes the bar.
 */
public final class SearchBar extends HBox {
  /** The stylesheet of the bar and of the marks it puts on the canvas. */
  public static final String STYLESHEET =
      SearchBar.class.getResource("/app/toile/ui/search/search.css").toExternalForm();

  private final SearchViewModel model;
  private final TextField field = new TextField();

  public SearchBar(SearchViewModel model, Localization l10n) {
    this.model = model;
    getStyleClass().add("search-bar");
    getStylesheets().add(STYLESHEET);
    setAlignment(Pos.CENTER_LEFT);
    field.getStyleClass().add("search-field");
    field.promptTextProperty().bind(l10n.ui("dialog.search.prompt"));
    field.textProperty().bindBidirectional(model.textProperty());
    field.setPrefColumnCount(24);
    field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

    Label count = new Label();
    count.getStyleClass().add("search-count");
    count.setMinWidth(Region.USE_PREF_SIZE);
    count.textProperty().bind(Bindings.createStringBinding(() -> {
      SearchViewModel.Count c = model.countProperty().getValue();
      if (!c.searched()) {
        return "";
      }
      if (c.total() == 0) {
        return l10n.ui().get("dialog.search.none");
      }
      return c.current() == 0 ? l10n.ui().get("dialog.search.found", c.total())
          : l10n.ui().get("dialog.search.count", c.current(), c.total());
    }, model.countProperty(), l10n.localeProperty()));
    model.noneProperty().addListener((o, was, now) ->
        count.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"), now));

    Button previous = button(Feather.CHEVRON_UP, "dialog.search.previous", model::previous, l10n);
    Button next = button(Feather.CHEVRON_DOWN, "dialog.search.next", model::next, l10n);
    Button close = button(Feather.X, "dialog.search.close", model::close, l10n);
    previous.disableProperty().bind(Bindings.createBooleanBinding(
        () -> model.countProperty().getValue().total() == 0, model.countProperty()));
    next.disableProperty().bind(previous.disableProperty());

    getChildren().addAll(field, count, previous, next, close);
    visibleProperty().bind(model.shownProperty());
    managedProperty().bind(visibleProperty());
  }

  /** Shows the bar, its field ready to type in. */
  public void open() {
    model.open();
    focusField();
  }

  /** Whether the bar shows. */
  public javafx.beans.property.ReadOnlyBooleanProperty shownProperty() {
    return model.shownProperty();
  }

  /** Puts the keyboard in the field, its text selected to be typed over. */
  private void focusField() {
    Platform.runLater(() -> {
      field.requestFocus();
      field.selectAll();
    });
  }

  private void onKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER) {
      if (e.isShiftDown()) {
        model.previous();
      } else {
        model.next();
      }
      e.consume();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      model.close();
      e.consume();
    }
  }

  private static Button button(Feather icon, String tipKey, Runnable action, Localization l10n) {
    Button b = new Button(null, Icons.of(icon));
    b.getStyleClass().addAll("search-step", "flat");
    b.setFocusTraversable(false);
    b.setOnAction(e -> action.run());
    LazyTooltip.bind(b, l10n.ui(tipKey));
    b.accessibleTextProperty().bind(l10n.ui(tipKey));
    return b;
  }
}
