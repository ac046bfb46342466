package app.toile.ui.segments;

import app.toile.ui.base.LineBreaks;
import app.toile.ui.base.WordFit;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import app.toile.ui.base.ItemKeys;
import app.toile.ui.base.Level;
import app.toile.ui.base.Localization;
import app.toile.ui.base.SegmentColours;
import app.toile.ui.base.SeverityIcons;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A customer segment as a card: colour chip, name, status badge. Enter or a double-click renames
 * it in place, Delete deletes it, Alt+Up/Down changes the expansion order.
 */
public final class SegmentCard extends HBox {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

  private final SegmentsViewModel vm;
  private final Localization l10n;
  private final Circle chip = new Circle(7);
  private final Label name = new Label();
  private final Label badge = new Label();
  private final StackPane marker = new StackPane();
  private final VBox texts = new VBox(3);
  private CustomerSegment segment;
  private TextField editor;
  private ContextMenu menu;

  public SegmentCard(CustomerSegment segment, SegmentsViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
    getStyleClass().add("segment-card");
    setFocusTraversable(true);
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    chip.getStyleClass().add("segment-chip");
    name.getStyleClass().add("segment-name");
    name.setMaxWidth(Double.MAX_VALUE);
    name.setMinWidth(0);
    // Segment names are often long ("Solo entrepreneurs in Paris"): wrap rather than cut.
    name.setWrapText(true);
    WordFit.install(name);
    name.setMinHeight(USE_PREF_SIZE);
    badge.getStyleClass().add("status-badge");
    badge.setMinWidth(USE_PREF_SIZE);
    // The chip and the badge sit under the name, so the name has the card's whole width: beside
    // it, they squeezed long names ("Solo entrepreneurs in Paris") into broken words in a narrow
    // column.
    // The findings' marker too, at the end of that line: the name keeps the card's whole width.
    javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    marker.getStyleClass().add("finding-marker");
    marker.setMinWidth(USE_PREF_SIZE);
    HBox status = new HBox(6, chip, badge, gap, marker);
    status.setAlignment(Pos.CENTER_LEFT);
    texts.getChildren().addAll(name, status);
    texts.setMinWidth(0);
    HBox.setHgrow(texts, Priority.ALWAYS);
    getChildren().add(texts);
    update(segment);

    focusedProperty().addListener((o, was, now) -> {
      if (now) {
        vm.selectSegment(this.segment.id());
      }
    });
    setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        startRenaming();
      } else if (editor == null) {
        requestFocus();
      }
      e.consume();
    });
    ItemKeys.install(this, () -> editor != null, this::startRenaming, vm::deleteSelection,
        vm::moveSelectedSegmentBy, p -> showMenu(p.getX(), p.getY()));
    setOnContextMenuRequested(e -> {
      showMenu(e.getScreenX(), e.getScreenY());
      e.consume();
    });
  }

  public CustomerSegment segment() {
    return segment;
  }

  /** Shows the segment as it is now. */
  public void update(CustomerSegment s) {
    this.segment = s;
    chip.setFill(SegmentColours.of(s));
    name.textProperty().unbind();
    if (s.name() == null || s.name().isBlank()) {
      name.textProperty().bind(l10n.label("segment.unnamed"));
    } else {
      name.setText(LineBreaks.afterHyphens(s.name()));
    }
    badge.textProperty().unbind();
    SegmentStatus status = s.status();
    badge.setVisible(status != null);
    badge.setManaged(status != null);
    if (status != null) {
      badge.textProperty().bind(l10n.label("status." + status.name()));
      badge.getStyleClass().setAll("label", "status-badge", "status-" + status.name().toLowerCase());
    }
  }

  /** Shows a marker for the worst severity among the segment's findings; none when null. */
  public void setSeverity(Level severity) {
    if (severity == null) {
      marker.getChildren().clear();
    } else {
      marker.getChildren().setAll(SeverityIcons.of(severity));
    }
    marker.getProperties().put("severity", severity);
  }

  /** The severity the marker shows, or null. */
  public Level severity() {
    return (Level) marker.getProperties().get("severity");
  }

  public void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }

  /** Swaps the name for a text field; Enter keeps the new name, Esc cancels. */
  public void startRenaming() {
    if (editor != null) {
      return;
    }
    editor = new TextField(segment.name() == null ? "" : segment.name());
    editor.getStyleClass().add("segment-name-editor");
    editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        finishRenaming(false);
        e.consume();
      } else if (e.getCode() == KeyCode.ENTER) {
        finishRenaming(true);
        e.consume();
      }
    });
    editor.focusedProperty().addListener((o, was, now) -> {
      if (!now && editor != null) {
        finishRenaming(true);
      }
    });
    texts.getChildren().set(0, editor);
    editor.requestFocus();
    editor.selectAll();
  }

  private void finishRenaming(boolean keep) {
    TextField e = editor;
    editor = null;
    texts.getChildren().set(0, name);
    requestFocus();
    if (keep && !e.getText().equals(segment.name())) {
      vm.renameSegment(segment.id(), e.getText().strip());
    }
  }

  /** Shows the card's menu once; Shift+F10 and the menu key open it too (see NoteView). */
  private void showMenu(double screenX, double screenY) {
    if (menu != null && menu.isShowing()) {
      return;
    }
    requestFocus();
    menu = contextMenu();
    menu.show(this, screenX, screenY);
  }

  private ContextMenu contextMenu() {
    MenuItem rename = new MenuItem(l10n.ui().get("action.rename"));
    rename.setOnAction(e -> startRenaming());
    MenuItem up = new MenuItem(l10n.ui().get("action.moveUp"));
    up.setOnAction(e -> vm.moveSelectedSegmentBy(-1));
    MenuItem down = new MenuItem(l10n.ui().get("action.moveDown"));
    down.setOnAction(e -> vm.moveSelectedSegmentBy(1));
    MenuItem delete = new MenuItem(l10n.ui().get("action.delete"));
    delete.setOnAction(e -> vm.deleteSelection());
    return new ContextMenu(rename, up, down, new SeparatorMenuItem(), delete);
  }
}
