package app.toile.ui.conflicts;

import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import app.toile.ui.conflicts.ConflictsViewModel.Row;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The conflicts a merge left in the canvas, in the side panel's place: one card each, saying what
 * it is about, the field, and what base, this side (kept now) and theirs said, with Keep this,
 * Take theirs and Go to. Esc or the close button puts the side panel back; the list says when
 * nothing is left to decide.
 */
public final class ConflictsPanel extends VBox {
  /** The panel's stylesheet. */
  public static final String STYLESHEET =
      ConflictsPanel.class.getResource("/app/toile/ui/conflicts/conflicts.css").toExternalForm();

  private final ConflictsViewModel vm;
  private final Localization l10n;
  private final VBox cards = new VBox(8);
  private final Label none = new Label();
  private final Button close = new Button(null, Icons.of(Feather.X));
  private Runnable onClose = () -> { };

  public ConflictsPanel(ConflictsViewModel vm, Localization l10n) {
    super(8);
    this.vm = vm;
    this.l10n = l10n;
    getStyleClass().add("conflicts-panel");
    getStylesheets().add(STYLESHEET);
    setPadding(new Insets(8));
    Label title = new Label();
    title.textProperty().bind(Bindings.createStringBinding(
        () -> l10n.ui().get("conflicts.title", vm.countProperty().get()),
        l10n.localeProperty(), vm.countProperty()));
    title.getStyleClass().add("conflicts-title");
    title.setWrapText(true);
    title.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(title, Priority.ALWAYS);
    close.setId("conflicts-close");
    close.getStyleClass().addAll("flat", "button-icon");
    LazyTooltip.bind(close, l10n.ui("conflicts.close"));
    close.accessibleTextProperty().bind(l10n.ui("conflicts.close"));
    close.setOnAction(e -> onClose.run());
    HBox head = new HBox(6, title, close);
    head.setAlignment(Pos.CENTER_LEFT);
    Label intro = wrapped("conflicts.intro", "conflicts-hint");
    none.textProperty().bind(l10n.ui("conflicts.none"));
    none.setWrapText(true);
    none.getStyleClass().add("conflicts-hint");
    none.visibleProperty().bind(Bindings.isEmpty(vm.rows()));
    none.managedProperty().bind(none.visibleProperty());
    intro.visibleProperty().bind(none.visibleProperty().not());
    intro.managedProperty().bind(intro.visibleProperty());
    cards.setId("conflicts-list");
    cards.setFillWidth(true);
    ScrollPane scroll = new ScrollPane(cards);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        e.consume();
        onClose.run();
      }
    });
    vm.rows().addListener((ListChangeListener<Row>) c -> fill());
    l10n.localeProperty().addListener((o, was, now) -> fill());
    fill();
    getChildren().addAll(head, intro, none, scroll);
  }

  /** What the close button and Esc do: put the side panel's tabs back. */
  public void setOnClose(Runnable onClose) {
    this.onClose = onClose;
  }

  /** Gives the keyboard to the first conflict's first choice, or to the close button. */
  public void focus() {
    focusCard(0);
  }

  /** The conflict at a place in the list (the last one past its end) takes the keyboard. */
  private void focusCard(int index) {
    var all = cards.getChildren();
    if (all.isEmpty()) {
      close.requestFocus();
      return;
    }
    javafx.scene.Node card = all.get(Math.min(index, all.size() - 1));
    card.lookupAll(".button").stream().filter(b -> !b.isDisabled()).findFirst()
        .ifPresent(javafx.scene.Node::requestFocus);
  }

  /**
   * The cards made again from the rows. A decided conflict's card goes: the keyboard moves to
   * the card that takes its place, so that deciding the next one is a key away.
   */
  private void fill() {
    int focused = focusedCard();
    cards.getChildren().setAll(vm.rows().stream().map(this::card).toList());
    if (focused >= 0) {
      focusCard(focused);
    }
  }

  private int focusedCard() {
    if (getScene() == null) {
      return -1;
    }
    for (var n = getScene().getFocusOwner(); n != null; n = n.getParent()) {
      if (n.getParent() == cards) {
        return cards.getChildren().indexOf(n);
      } else if (n == this) {
        return 0;
      }
    }
    return -1;
  }

  private VBox card(Row row) {
    Label subject = plain(row.subject(), "conflict-subject");
    Label field = plain(row.field(), "conflict-field");
    VBox values = new VBox(2, side("conflicts.base", row.base(), "conflict-base"),
        side("conflicts.ours", row.ours(), "conflict-ours"),
        side("conflicts.theirs", row.theirs(), "conflict-theirs"));
    Button keep = button("conflicts.keep", "conflict-keep", Feather.CHECK, () -> vm.keepOurs(row));
    Button theirs = button("conflicts.takeTheirs", "conflict-theirs-take", Feather.GIT_MERGE,
        () -> vm.takeTheirs(row));
    theirs.setDisable(!row.theirsPossible());
    Button go = button("conflicts.goTo", "conflict-go", Feather.ARROW_RIGHT, () -> vm.goTo(row));
    go.setDisable(!row.canGo());
    javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, keep, theirs, go);
    VBox card = new VBox(4, subject, field, values, actions);
    if (!row.theirsPossible()) {
      card.getChildren().add(3, plain(l10n.ui().get("conflicts.cannotTakeTheirs"),
          "conflicts-hint"));
    }
    card.getStyleClass().add("conflict-card");
    return card;
  }

  private Label side(String key, String value, String style) {
    Label l = plain(l10n.ui().get("conflicts.value", l10n.ui().get(key), value), style);
    l.getStyleClass().add("conflict-value");
    return l;
  }

  private Button button(String key, String id, Feather icon, Runnable action) {
    Button b = new Button(l10n.ui().get(key), Icons.of(icon));
    b.getStyleClass().add(id);
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  private Label wrapped(String key, String style) {
    Label l = new Label();
    l.textProperty().bind(l10n.ui(key));
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.getStyleClass().add(style);
    return l;
  }

  private static Label plain(String text, String style) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.setMaxWidth(Double.MAX_VALUE);
    l.getStyleClass().add(style);
    return l;
  }
}
