package app.toile.ui.versions;

import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import app.toile.ui.versions.VersionsViewModel.Row;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The versions kept in the canvas, newest first (name, date, what it holds), and what can be
 * done with them: compare one with the canvas or two with each other, restore, rename, delete.
 * Enter compares, F2 renames, Delete deletes; the empty list says how to save a version.
 */
public final class VersionsPanel extends VBox {
  private final VersionsViewModel vm;
  private final VersionPrompts prompts;
  /** A cell's padding and the list's scroll bar, beside a version's text. */
  private static final double CELL_ROOM = 36;
  private final ListView<Row> list = new ListView<>();
  private final Button save;
  private Runnable onClose = () -> { };

  public VersionsPanel(VersionsViewModel vm, VersionPrompts prompts, Localization l10n) {
    super(8);
    this.vm = vm;
    this.prompts = prompts;
    getStyleClass().add("versions-panel");
    getStylesheets().add(CompareView.STYLESHEET);
    setPadding(new Insets(8));
    Label title = new Label();
    title.textProperty().bind(l10n.ui("panel.versions"));
    title.getStyleClass().add("versions-title");
    title.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(title, Priority.ALWAYS);
    Button close = new Button(null, Icons.of(Feather.X));
    close.setId("versions-close");
    close.getStyleClass().addAll("flat", "button-icon");
    LazyTooltip.bind(close, l10n.ui("versions.close"));
    close.accessibleTextProperty().bind(l10n.ui("versions.close"));
    close.setOnAction(e -> onClose.run());
    HBox head = new HBox(6, title, close);
    head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    save = button(l10n, "versions.save", "versions-save", Feather.BOOKMARK,
        () -> prompts.saveVersion(window()));
    save.disableProperty().bind(vm.openProperty().not());

    list.setId("versions-list");
    list.getStyleClass().add("versions-list");
    list.setItems(vm.rows());
    list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    list.setCellFactory(v -> new Cell(list));
    Label none = new Label();
    none.textProperty().bind(l10n.ui("versions.none"));
    none.setWrapText(true);
    none.getStyleClass().add("versions-none");
    none.setMaxWidth(Double.MAX_VALUE);
    StackPane.setAlignment(none, javafx.geometry.Pos.TOP_LEFT);
    none.visibleProperty().bind(Bindings.isEmpty(vm.rows()));
    list.visibleProperty().bind(Bindings.isNotEmpty(vm.rows()));
    StackPane body = new StackPane(list, none);
    VBox.setVgrow(body, Priority.ALWAYS);

    var picked = list.getSelectionModel().getSelectedItems();
    BooleanBinding one = Bindings.size(picked).isEqualTo(1);
    Button compare = button(l10n, "versions.compare", "versions-compare", Feather.COLUMNS,
        this::compare);
    compare.disableProperty().bind(one.or(Bindings.size(picked).isEqualTo(2)).not());
    Button restore = button(l10n, "versions.restore", "versions-restore", Feather.ROTATE_CCW,
        this::restore);
    restore.disableProperty().bind(one.not());
    Button rename = button(l10n, "versions.rename", "versions-rename", Feather.EDIT_2,
        this::rename);
    rename.disableProperty().bind(one.not());
    Button delete = button(l10n, "versions.delete", "versions-delete", Feather.TRASH_2,
        this::delete);
    delete.disableProperty().bind(one.not());
    FlowPane actions = new FlowPane(6, 6, compare, restore, rename, delete);
    Label hint = new Label();
    hint.textProperty().bind(l10n.ui("versions.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("versions-hint");
    hint.setMinHeight(Region.USE_PREF_SIZE);
    hint.visibleProperty().bind(list.visibleProperty());
    hint.managedProperty().bind(list.visibleProperty());
    actions.visibleProperty().bind(list.visibleProperty());
    actions.managedProperty().bind(list.visibleProperty());

    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        compare();
      } else if (e.getCode() == KeyCode.F2) {
        rename();
      } else if (e.getCode() == KeyCode.DELETE) {
        delete();

      } else {
        return;
      }
      e.consume();
    });
    // Esc anywhere in the panel, the list empty or not.
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        e.consume();
        onClose.run();
      }
    });
    list.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        compare();
      }
    });
    list.setContextMenu(menu(l10n));
    // A version just saved is the first row: picked, so that comparing it is one key away.
    vm.rows().addListener((ListChangeListener<Row>) c -> {
      if (list.getSelectionModel().getSelectedItems().isEmpty() && !vm.rows().isEmpty()) {
        list.getSelectionModel().select(0);
      }
    });
    if (!vm.rows().isEmpty()) {
      list.getSelectionModel().select(0);
    }
    getChildren().addAll(head, save, body, hint, actions);
  }

  /** What the close button and Esc do: put the side panel's tabs back. */
  public void setOnClose(Runnable onClose) {
    this.onClose = onClose;
  }

  /** Gives the keyboard to the list, or to the button that saves a version while there is none. */
  public void focus() {
    if (list.isVisible()) {
      list.requestFocus();
    } else {
      save.requestFocus();
    }
  }

  /** The list of versions, for the keyboard and for tests. */
  public ListView<Row> list() {
    return list;
  }

  private ContextMenu menu(Localization l10n) {
    MenuItem compare = new MenuItem();
    compare.textProperty().bind(l10n.ui("versions.compare"));
    compare.setOnAction(e -> compare());
    MenuItem restore = new MenuItem();
    restore.textProperty().bind(l10n.ui("versions.restore"));
    restore.setOnAction(e -> restore());
    MenuItem rename = new MenuItem();
    rename.textProperty().bind(l10n.ui("versions.rename"));
    rename.setOnAction(e -> rename());
    MenuItem delete = new MenuItem();
    delete.textProperty().bind(l10n.ui("versions.delete"));
    delete.setOnAction(e -> delete());
    return new ContextMenu(compare, restore, rename, delete);
  }

  private List<Row> picked() {
    return List.copyOf(list.getSelectionModel().getSelectedItems());
  }

  private void compare() {
    vm.compare(picked());
  }

  private void restore() {
    List<Row> p = picked();
    if (p.size() == 1) {
      vm.restore(p.get(0));
    }
  }

  private void rename() {
    List<Row> p = picked();
    if (p.size() == 1) {
      prompts.rename(window(), p.get(0));
      list.requestFocus();
    }
  }

  private void delete() {
    List<Row> p = picked();
    if (p.size() == 1) {
      int at = list.getSelectionModel().getSelectedIndex();
      vm.delete(p.get(0));
      list.getSelectionModel().clearSelection();
      if (!vm.rows().isEmpty()) {
        list.getSelectionModel().select(Math.min(at, vm.rows().size() - 1));
      }
    }
  }

  private Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }

  private static Button button(Localization l10n, String key, String id, Feather icon,
      Runnable action) {
    Button b = new Button(null, Icons.of(icon));
    b.textProperty().bind(l10n.ui(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** A version: its name, and under it its date and what it holds. */
  private static final class Cell extends ListCell<Row> {
    private final Label name = new Label();
    private final Label details = new Label();
    private final VBox box = new VBox(2, name, details);

    Cell(ListView<Row> list) {
      name.getStyleClass().add("version-name");
      details.getStyleClass().add("version-details");
      // The list's width, never the text's: long names wrap inside the list.
      for (Label l : new Label[] {name, details}) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.maxWidthProperty().bind(list.widthProperty().subtract(CELL_ROOM));
        l.prefWidthProperty().bind(l.maxWidthProperty());
      }
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      name.setText(row.name());
      details.setText(row.date().isEmpty() ? row.summary() : row.date() + " \u00b7 "
          + row.summary());
      setText(null);
      setGraphic(box);
    }
  }
}
