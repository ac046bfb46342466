package app.toile.ui.guide;

import app.toile.model.Block;
import app.toile.ui.base.Localization;
import app.toile.ui.canvas.CanvasViewModel;
import app.toile.ui.editor.EditorView;
import app.toile.ui.guide.GuideViewModel.Missing;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guide's side card, left of the canvas: the current block's name, progress, questions and
 * missing items, with Next, Back and Leave. While shown, the current block is highlighted and the
 * others dimmed, and Alt+Right, Alt+Left and Esc work as the three buttons.
 */
public final class GuideCard extends VBox {
  /** Style class of the block view the guide is on. */
  public static final String CURRENT = "guide-current";
  /** Opacity of the blocks the guide is not on. */
  static final double DIMMED = 0.35;

  private final GuideViewModel vm;
  private final CanvasViewModel canvas;
  private final Localization l10n;
  private final EditorView editor;
  private final Label title = new Label();
  private final Label progress = new Label();
  private final VBox questions = new VBox(4);
  private final VBox missing = new VBox(2);

  public GuideCard(GuideViewModel vm, CanvasViewModel canvas, Localization l10n, EditorView editor) {
    super(8);
    this.vm = vm;
    this.canvas = canvas;
    this.l10n = l10n;
    this.editor = editor;
    getStyleClass().add("guide-card");
    setId("guide-card");
    setPadding(new Insets(10));
    setPrefWidth(260);
    setMinWidth(220);
    title.getStyleClass().add("guide-block");
    title.setWrapText(true);
    progress.setId("guide-progress");
    questions.setId("guide-questions");
    missing.setId("guide-missing");
    Button back = button("guide.back", "guide-back", vm::back);
    Button next = button("guide.next", "guide-next", vm::next);
    Button leave = button("guide.leave", "guide-leave", vm::leave);
    back.disableProperty().bind(vm.indexProperty().isEqualTo(0));
    next.disableProperty().bind(vm.indexProperty().isEqualTo(Block.values().length - 1));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    getChildren().addAll(progress, title, heading("guide.questions"), questions,
        heading("guide.missing"), missing, new HBox(6, back, next, gap, leave));
    visibleProperty().bind(vm.shownProperty());
    managedProperty().bind(vm.shownProperty());
    vm.indexProperty().addListener((o, was, now) -> refresh());
    vm.shownProperty().addListener((o, was, now) -> refresh());
    canvas.document().canvasProperty().addListener((o, was, now) -> refresh());
    l10n.localeProperty().addListener((o, was, now) -> refresh());
    editor.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
  }

  private void onKey(KeyEvent e) {
    if (!vm.isShown()) {
      return;
    }
    if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
      vm.next();
    } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
      vm.back();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      vm.leave();
    } else {
      return;
    }
    e.consume();
  }

  /** Shows what the guide is on now, and marks it on the canvas. */
  private void refresh() {
    highlight();
    if (!vm.isShown()) {
      return;
    }
    progress.setText(vm.progress());
    title.setText(vm.blockName());
    questions.getChildren().setAll(vm.questions().stream().map(GuideCard::wrapped).toList());
    List<Missing> items = vm.missing();
    if (items.isEmpty()) {
      missing.getChildren().setAll(wrapped(l10n.ui().get("guide.missing.none")));
    } else {
      missing.getChildren().setAll(items.stream().map(this::link).toList());
    }
  }

  private void highlight() {
    for (Block b : Block.values()) {
      Node view = editor.blockView(b);
      boolean current = vm.isShown() && b == vm.current();
      view.getStyleClass().remove(CURRENT);
      if (current) {
        view.getStyleClass().add(CURRENT);
      }
      view.setOpacity(vm.isShown() && !current ? DIMMED : 1);
    }
  }

  /** A missing item that selects the block, or the segment, to fix. */
  private Node link(Missing m) {
    Hyperlink link = new Hyperlink(m.text());
    link.setWrapText(true);
    link.getStyleClass().add("guide-missing-item");
    link.setOnAction(e -> {
      if (m.segmentId() != null && !m.block().holdsNotes()) {
        canvas.selectSegment(m.segmentId());
      } else {
        canvas.selectBlock(m.block());
      }
    });
    return link;
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    return label;
  }

  private Label heading(String key) {
    Label label = new Label();
    label.textProperty().bind(l10n.ui(key));
    label.getStyleClass().add("guide-heading");
    return label;
  }

  private Button button(String key, String id, Runnable action) {
    Button button = new Button();
    button.textProperty().bind(l10n.ui(key));
    button.setId(id);
    button.setFocusTraversable(false);
    button.setOnAction(e -> action.run());
    return button;
  }
}
