package app.toile.ui.versions;

import app.toile.ui.base.Icons;
import app.toile.ui.base.Localization;
import app.toile.ui.versions.CompareViewModel.Item;
import app.toile.ui.versions.CompareViewModel.Row;
import app.toile.ui.versions.CompareViewModel.Section;
import app.toile.ui.versions.CompareViewModel.State;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;

/**
 * Two canvases side by side, read-only: on the left the list of changes in words, each with its
 * sign and kind; on the right the blocks, the earlier canvas's things beside the later's, each
 * marked (+ added, − removed, ↔ moved, ~ changed) with the fields that changed. F8 and Shift+F8
 * (or Alt+↓ and Alt+↑) step to the next and previous change; selecting a change scrolls both
 * sides to it.
 */
public final class CompareView extends BorderPane {
  /** The stylesheet of the versions' views. */
  public static final String STYLESHEET =
      CompareView.class.getResource("versions.css").toExternalForm();
  private static final String CURRENT = "compare-current";
  /** A cell's padding and the list's scroll bar, beside a change's text. */
  private static final double CELL_ROOM = 36;

  private final CompareViewModel vm;
  private final Localization l10n;
  private final ListView<Row> changes = new ListView<>();
  private final VBox blocks = new VBox(10);
  private final ScrollPane scroll = new ScrollPane(blocks);
  private final Label beforeTitle = new Label();
  private final Label afterTitle = new Label();
  private final Label summary = new Label();
  private final Map<String, Node> left = new HashMap<>();
  private final Map<String, Node> right = new HashMap<>();
  private boolean selecting;

  public CompareView(CompareViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
    getStyleClass().add("compare-view");
    getStylesheets().add(STYLESHEET);
    Button previous = button("versions.previous", "compare-previous", Feather.ARROW_UP,
        vm::previous);
    Button next = button("versions.next", "compare-next", Feather.ARROW_DOWN, vm::next);
    summary.getStyleClass().add("compare-summary");
    summary.setWrapText(true);
    HBox.setHgrow(summary, Priority.ALWAYS);
    summary.setMaxWidth(Double.MAX_VALUE);
    HBox bar = new HBox(8, previous, next, summary);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8));
    bar.getStyleClass().add("compare-bar");
    setTop(bar);

    changes.setId("compare-changes");
    changes.getStyleClass().add("compare-changes");
    changes.setCellFactory(v -> new ChangeCell());
    changes.setMinWidth(240);
    changes.setPrefWidth(340);
    changes.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
      if (!selecting) {
        vm.select(now.intValue());
      }
    });

    GridPane titles = columns();
    beforeTitle.getStyleClass().add("compare-side-title");
    afterTitle.getStyleClass().add("compare-side-title");
    for (Label t : new Label[] {beforeTitle, afterTitle}) {
      t.setWrapText(true);
      t.setMinHeight(Region.USE_PREF_SIZE);
      t.setMinWidth(0);
    }
    titles.addRow(0, beforeTitle, afterTitle);
    titles.setPadding(new Insets(6, 22, 6, 10));
    titles.getStyleClass().add("compare-titles");
    blocks.setPadding(new Insets(6, 10, 10, 10));
    blocks.getStyleClass().add("compare-blocks");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setId("compare-sides");
    // Its width is the window's share, never its longest text's.
    scroll.setPrefViewportWidth(700);
    blocks.setPrefWidth(0);
    VBox sides = new VBox(titles, scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    SplitPane split = new SplitPane(changes, sides);
    split.setDividerPositions(0.32);
    setCenter(split);

    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      boolean down = e.getCode() == KeyCode.F8 && !e.isShiftDown()
          || e.isAltDown() && e.getCode() == KeyCode.DOWN;
      boolean up = e.getCode() == KeyCode.F8 && e.isShiftDown()
          || e.isAltDown() && e.getCode() == KeyCode.UP;
      if (down || up) {
        if (down) {
          vm.next();
        } else {
          vm.previous();
        }
        e.consume();
      }
    });
    vm.stateProperty().addListener((o, was, now) -> show(now));
    vm.selectedProperty().addListener((o, was, now) -> selected(now.intValue()));
    show(vm.state());
  }

  /** The list of changes (for the keyboard, and tests). */
  public ListView<Row> changes() {
    return changes;
  }

  private void show(State s) {
    beforeTitle.setText(l10n.ui().get("versions.before", s.before()));
    afterTitle.setText(l10n.ui().get("versions.after", s.after()));
    summary.setText(s.summary());
    selecting = true;
    changes.getItems().setAll(s.rows());
    selecting = false;
    left.clear();
    right.clear();
    blocks.getChildren().setAll(s.sections().stream().map(this::section).toList());
    selected(vm.selectedProperty().get());
  }

  private Node section(Section s) {
    Label title = new Label(s.title());
    title.getStyleClass().add("compare-block-title");
    title.setWrapText(true);
    GridPane grid = columns();
    grid.addRow(0, side(s.before(), left), side(s.after(), right));
    VBox box = new VBox(4, title, grid);
    box.getStyleClass().add("compare-block");
    return box;
  }

  private VBox side(List<Item> items, Map<String, Node> byKey) {
    VBox list = new VBox(4);
    list.getStyleClass().add("compare-side");
    if (items.isEmpty()) {
      Label none = new Label(l10n.ui().get("versions.empty"));
      none.getStyleClass().add("compare-empty");
      list.getChildren().add(none);
    }
    for (Item i : items) {
      Node n = item(i);
      if (i.key() != null) {
        byKey.put(i.key(), n);
      }
      list.getChildren().add(n);
    }
    return list;
  }

  private Node item(Item i) {
    Label text = new Label(i.text().isEmpty() ? "\u2014" : i.text());
    text.setWrapText(true);
    text.getStyleClass().add("compare-item-text");
    text.setMinWidth(0);
    text.setMinHeight(Region.USE_PREF_SIZE);
    VBox box = new VBox(2);
    box.getStyleClass().add("compare-item");
    if (i.mark() != null) {
      Label badge = new Label(i.mark().symbol() + " " + i.markWord());
      badge.getStyleClass().addAll("compare-badge", i.mark().styleClass());
      badge.setMinWidth(Region.USE_PREF_SIZE);
      box.getStyleClass().add(i.mark().styleClass());
      box.getChildren().add(badge);
    }
    box.getChildren().add(text);
    for (String d : i.details()) {
      Label detail = new Label(d);
      detail.setWrapText(true);
      detail.setMinWidth(0);
      detail.setMinHeight(Region.USE_PREF_SIZE);
      detail.getStyleClass().add("compare-detail");
      box.getChildren().add(detail);
    }
    return box;
  }

  /** Marks the selected change on both sides and brings it into view, in the list too. */
  private void selected(int index) {
    left.values().forEach(n -> n.getStyleClass().remove(CURRENT));
    right.values().forEach(n -> n.getStyleClass().remove(CURRENT));
    selecting = true;
    if (index < 0) {
      changes.getSelectionModel().clearSelection();
    } else {
      changes.getSelectionModel().clearAndSelect(index);
      changes.scrollTo(Math.max(0, index - 2));
    }
    selecting = false;
    Node before = vm.selectedBefore() == null ? null : left.get(vm.selectedBefore());
    Node after = vm.selectedAfter() == null ? null : right.get(vm.selectedAfter());
    for (Node n : new Node[] {before, after}) {
      if (n != null) {
        n.getStyleClass().add(CURRENT);
      }
    }
    Node target = before != null && after != null
        ? (y(before) < y(after) ? before : after) : before != null ? before : after;
    if (target != null) {
      applyCss();
      layout();
      double free = blocks.getBoundsInLocal().getHeight()
          - scroll.getViewportBounds().getHeight();
      if (free > 0) {
        scroll.setVvalue(Math.max(0, Math.min(1, (y(target) - 40) / free)));
      }
    }
  }

  /** Where a thing stands from the top of the blocks. */
  private double y(Node n) {
    Bounds b = blocks.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
    return b == null ? 0 : b.getMinY();
  }

  private static GridPane columns() {
    GridPane g = new GridPane();
    g.setHgap(12);
    for (int i = 0; i < 2; i++) {
      ColumnConstraints c = new ColumnConstraints();
      c.setPercentWidth(50);
      c.setHgrow(Priority.ALWAYS);
      c.setMinWidth(0);
      g.getColumnConstraints().add(c);
    }
    return g;
  }

  private Button button(String key, String id, Feather icon, Runnable action) {
    Button b = new Button(null, Icons.of(icon));
    b.textProperty().bind(l10n.ui(key));
    b.setId(id);
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** A change: its sign and kind, then where and what, wrapped to the list's width. */
  private final class ChangeCell extends ListCell<Row> {
    private final Label badge = new Label();
    private final Text text = new Text();
    private final VBox box = new VBox(2, badge, text);

    ChangeCell() {
      badge.getStyleClass().add("compare-badge");
      badge.setMinWidth(Region.USE_PREF_SIZE);
      text.getStyleClass().add("compare-change-text");
      // The list's width, never the text's: a long change wraps inside the list, and the list
      // does not widen to the longest change.
      text.wrappingWidthProperty().bind(changes.widthProperty().subtract(CELL_ROOM));
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
      super.updateItem(row, empty);
      badge.getStyleClass().removeIf(c -> c.startsWith("mark-"));
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      badge.setText(row.mark().symbol() + " " + row.kind());
      badge.getStyleClass().add(row.mark().styleClass());
      text.setText(row.text());
      setGraphic(box);
    }
  }
}
