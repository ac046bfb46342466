package app.toile.ui.findings;

import app.toile.ui.base.Level;
import app.toile.ui.base.Localization;
import app.toile.ui.base.SeverityIcons;
import app.toile.ui.findings.FindingsViewModel.Row;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;

/**
 * Every finding of the canvas, grouped by severity (errors first), each with its message in the
 * user's language. A click, or Enter, opens the finding: its segment is selected and its field
 * focused.
 */
public final class FindingsPanel extends StackPane {
  private final FindingsViewModel vm;
  private final Localization l10n;
  private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
  private final Label none = new Label();
  /** The tree's indent of a finding under its group, the cell's padding and the scroll bar. */
  private static final double TEXT_INDENT = 72;

  public FindingsPanel(FindingsViewModel vm, Localization l10n, Consumer<Row> open) {
    this.vm = vm;
    this.l10n = l10n;
    getStyleClass().add("findings-panel");
    tree.setShowRoot(false);
    tree.getStyleClass().add("findings-tree");
    tree.setCellFactory(t -> new Cell());
    tree.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY) {
        openSelected(open);
      }
    });
    tree.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        openSelected(open);
      }
    });
    none.textProperty().bind(l10n.ui("findings.none"));
    none.getStyleClass().add("findings-none");
    none.setWrapText(true);
    getChildren().addAll(tree, none);
    vm.resultProperty().addListener((o, was, now) -> show());
    l10n.localeProperty().addListener((o, was, now) -> show());
    show();
  }

  /** The findings as shown, in order. */
  public List<Row> shown() {
    return tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
        .map(i -> (Row) i.getValue()).toList();
  }

  /** Opens a finding as a click on it would. */
  public TreeView<Object> tree() {
    return tree;
  }

  private void openSelected(Consumer<Row> open) {
    TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
    if (item != null && item.getValue() instanceof Row f) {
      open.accept(f);
    }
  }

  private void show() {
    TreeItem<Object> root = tree.getRoot();
    root.getChildren().clear();
    List<Row> rows = vm.rows();
    for (Level s : Level.values()) {
      List<Row> list = rows.stream().filter(f -> f.level() == s).toList();
      if (list.isEmpty()) {
        continue;
      }
      TreeItem<Object> group = new TreeItem<>(new Group(s, list.size()));
      group.setExpanded(true);
      list.forEach(f -> group.getChildren().add(new TreeItem<>(f)));
      root.getChildren().add(group);
    }
    none.setVisible(root.getChildren().isEmpty());
  }

  private record Group(Level severity, int count) {}

  private final class Cell extends TreeCell<Object> {
    @Override
    protected void updateItem(Object item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("finding-group", "finding");
      setTooltip(null);
      if (empty || item == null) {
        setText(null);
        setGraphic(null);
      } else if (item instanceof Group g) {
        setText(l10n.labels().get("severity." + g.severity().name()) + " (" + g.count() + ")");
        setGraphic(SeverityIcons.of(g.severity()));
        getStyleClass().add("finding-group");
      } else if (item instanceof Row f) {
        // Advice is read whole: a wrapped text as wide as the tree leaves it, as tall as it needs
        // (a cell's own wrapped text is measured without the tree's indent, and gets cut).
        Text message = new Text(vm.message(f));
        message.getStyleClass().add("finding-text");
        message.wrappingWidthProperty().bind(tree.widthProperty().subtract(TEXT_INDENT));
        setText(null);
        setGraphic(message);
        setPrefWidth(0);
        setTooltip(new Tooltip(f.code()));
        getStyleClass().add("finding");
      }
    }
  }
}
