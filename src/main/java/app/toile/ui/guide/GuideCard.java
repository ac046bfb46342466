package app.toile.ui.guide;

import app.toile.model.Block;
import app.toile.model.CustomerSegment;
import app.toile.ui.base.Localization;
import app.toile.ui.guide.GuideViewModel.Question;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guide's card, a strip at the top of the side column above the segment editor, so that the
 * canvas keeps its width and the editor most of the column: the current block's name and
 * progress, Back, Next, a fold button and Leave, then (scrolling, a third of the column at most,
 * folded away on demand)
 * the action the block needs first, its questions and what it still lacks, each leading to the
 * place to type. While shown, the current block is highlighted and the others dimmed, and
 * Alt+Right, Alt+Left and Esc work as the three buttons. Its buttons and links take the focus
 * when pressed, so a text being typed in the segment editor is kept before their action runs.
 */
public final class GuideCard extends VBox {
  /** Style class of the block view the guide is on. */
  public static final String CURRENT = "guide-current";
  /**
   * The card's share of the side column's height at most, questions open; the panel below keeps
   * the rest, and all but the card's two lines when the questions are folded.
   */
  private static final double HEIGHT_SHARE = 0.34;
  /** Room kept for the vertical scroll bar when measuring the content. */
  private static final double SCROLL_BAR = 16;
  /** The scroll pane's own border, top and bottom. */
  private static final double SCROLL_BORDER = 2;

  private final GuideViewModel vm;
  private final Localization l10n;
  private final GuideActions actions;
  private Consumer<Block> spotlight = b -> { };
  private Runnable saveVersion;
  private final Label title = new Label();
  private final Label progress = new Label();
  private final VBox first = new VBox(4);
  private final VBox last = new VBox(4);
  private final VBox questions = new VBox(2);
  private final VBox missing = new VBox(2);
  private final HBox head;
  private final GuideButtons buttons;
  private final VBox body;
  private final ScrollPane scroll;
  private final BooleanProperty folded;

  public GuideCard(GuideViewModel vm, Localization l10n) {
    super(6);
    this.vm = vm;
    this.l10n = l10n;
    this.actions = new GuideActions(vm);
    getStyleClass().add("guide-card");
    setId("guide-card");
    setPadding(new Insets(8, 10, 8, 10));
    // Its width is the column's, never its own: long lines wrap instead of widening the window.
    setMinWidth(0);
    setPrefWidth(0);
    title.getStyleClass().add("guide-block");
    title.setWrapText(true);
    title.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(title, Priority.ALWAYS);
    progress.setId("guide-progress");
    progress.setMinWidth(Region.USE_PREF_SIZE);
    questions.setId("guide-questions");
    missing.setId("guide-missing");
    first.setId("guide-first");
    head = new HBox(8, title, progress);
    head.setAlignment(Pos.BASELINE_LEFT);
    buttons = new GuideButtons(vm, l10n);
    folded = buttons.foldedProperty();
    body = new VBox(4, first, heading("guide.questions"), questions, last,
        heading("guide.missing"), missing);
    body.setPadding(new Insets(0, 4, 0, 0));
    scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().addAll("guide-scroll", "edge-to-edge");
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    scroll.visibleProperty().bind(folded.not());
    scroll.managedProperty().bind(folded.not());
    getChildren().addAll(head, buttons, scroll);
    visibleProperty().bind(vm.shownProperty());
    managedProperty().bind(vm.shownProperty());
    vm.indexProperty().addListener((o, was, now) -> moved());
    vm.shownProperty().addListener((o, was, now) -> moved());
    vm.canvasProperty().addListener((o, was, now) -> refresh());
    // A large canvas is validated on a worker: its findings come after the canvas.
    vm.findingsProperty().addListener((o, was, now) -> refresh());
    vm.selectedSegmentProperty().addListener((o, was, now) -> refresh());
    l10n.localeProperty().addListener((o, was, now) -> refresh());
    refresh();
  }

  /**
   * The side column: this card above a panel (the segment editor's tabs), the card taking at most
   * a third of the height while the guide is on, the panel the rest.
   */
  public VBox above(Node panel) {
    VBox column = new VBox(this, panel);
    column.getStyleClass().add("guide-column");
    VBox.setVgrow(panel, Priority.ALWAYS);
    maxHeightProperty().bind(Bindings.multiply(column.heightProperty(), HEIGHT_SHARE));
    return column;
  }

  /**
   * As tall as its content at the width it is given (the scroll pane alone would ask for a fixed
   * size), so that the segment editor below gets the rest; the column caps it.
   */
  @Override
  protected double computePrefHeight(double width) {
    double w = width > 0 ? width : getWidth();
    double inner = w - snappedLeftInset() - snappedRightInset() - SCROLL_BAR;
    double top = snappedTopInset() + snappedBottomInset() + head.prefHeight(inner)
        + buttons.prefHeight(-1) + getSpacing();
    return folded.get() ? top : top + body.prefHeight(inner) + getSpacing() + SCROLL_BORDER;
  }

  /** Its content or its cap, whichever is less: the segment editor below shrinks first. */
  @Override
  protected double computeMinHeight(double width) {
    double max = getMaxHeight();
    double pref = computePrefHeight(width);
    return max > 0 ? Math.min(pref, max) : pref;
  }

  /**
   * Marks the block the guide is on (null: none) on the canvas, which the window owns, and adds a
   * segment the way the segments block does.
   */
  public void connect(Consumer<Block> spotlight, Runnable addSegment) {
    this.spotlight = spotlight;
    actions.setAddSegment(addSegment);
    refresh();
  }

  /** What the last step's "Save a version of this canvas" does; none offered until set. */
  public void setSaveVersion(Runnable saveVersion) {
    this.saveVersion = saveVersion;
    refresh();
  }

  /** Alt+Right, Alt+Left and Esc anywhere in the editor, which hands its keys here. */
  public void onKey(KeyEvent e) {
    if (!vm.isShown()) {
      return;
    }
    if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
      vm.next();
    } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
      vm.back();
    } else if (e.getCode() == KeyCode.ESCAPE && !(e.getTarget() instanceof TextInputControl)) {
      // Esc in a text is the text's own: it cancels the typing, not the guide.
      vm.leave();
    } else {
      return;
    }
    e.consume();
  }

  /**
   * Selects the block the guide moved to, after whatever else reacts to the same change: a canvas
   * that opens selects its first block, and one that resumes the guide must end on the guide's.
   */
  private void moved() {
    refresh();
    if (vm.isShown()) {
      Platform.runLater(() -> {
        if (vm.isShown()) {
          actions.show(vm.current());
        }
      });
    }
  }

  /** Shows what the guide is on now, and marks it on the canvas. */
  private void refresh() {
    spotlight.accept(vm.isShown() ? vm.current() : null);
    if (!vm.isShown()) {
      return;
    }
    progress.setText(vm.progress());
    title.setText(vm.blockName());
    List<Missing> items = vm.missing();
    first.getChildren().setAll(firstActions(items));
    last.getChildren().setAll(lastActions(items));
    CustomerSegment about = vm.questionedSegment();
    questions.getChildren().setAll(vm.questions().stream()
        .map(q -> question(q, about == null ? null : about.id())).toList());
    if (items.isEmpty()) {
      missing.getChildren().setAll(wrapped(l10n.ui().get("guide.missing.none")));
    } else {
      missing.getChildren().setAll(items.stream().map(this::link).toList());
    }
  }

  /** The action a block needs before anything else: its first segment, its first note. */
  private List<Node> firstActions(List<Missing> items) {
    Block block = vm.current();
    if (block == Block.CUSTOMER_SEGMENTS && items.stream().anyMatch(Missing::isNoSegment)) {
      return List.of(action(l10n.ui().get("guide.addSegment"), "guide-add-segment",
          actions::addSegment));
    }
    if (block.holdsNotes() && items.stream().anyMatch(m -> m.segmentId() == null)) {
      return List.of(action(l10n.ui().get("guide.addNote"), "guide-add-note",
          () -> actions.addNote(block)));
    }
    return List.of();
  }

  /**
   * After the questions, the last step of customer segments: one focus segment; the guide's last
   * block: a version of the canvas to keep.
   */
  private List<Node> lastActions(List<Missing> items) {
    if (vm.isLast() && saveVersion != null) {
      return List.of(action(l10n.ui().get("guide.saveVersion"), "guide-save-version", saveVersion));
    }
    Optional<String> focus = GuideActions.focusSuggestion(items);
    if (vm.current() != Block.CUSTOMER_SEGMENTS || focus.isEmpty()) {
      return List.of();
    }
    String name = vm.segmentName(focus.get());
    return List.of(action(l10n.ui().get("guide.makeFocus", name), "guide-make-focus",
        () -> actions.makeFocus(focus.get())));
  }

  /** A question; for customer segments, a link to the field that answers it, ticked when set. */
  private Node question(Question q, String segmentId) {
    if (q.field() == null) {
      return wrapped(q.text());
    }
    Hyperlink link = new Hyperlink((q.answered() ? "\u2713 " : "\u2022 ") + q.text());
    link.setWrapText(true);
    link.getStyleClass().add("guide-question");
    if (q.answered()) {
      link.getStyleClass().add("guide-answered");
    }
    link.setOnAction(e -> actions.answer(q, segmentId));
    return link;
  }

  /** A missing item that leads to the place to fix it. */
  private Node link(Missing m) {
    Hyperlink link = new Hyperlink(m.text());
    link.setWrapText(true);
    link.getStyleClass().add("guide-missing-item");
    link.setOnAction(e -> actions.fix(m));
    return link;
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    return label;
  }

  private Button action(String text, String id, Runnable run) {
    Button button = new Button(text);
    button.setId(id);
    button.setWrapText(true);
    button.setMaxWidth(Double.MAX_VALUE);
    button.getStyleClass().addAll("guide-action", "accent");
    button.setOnAction(e -> run.run());
    return button;
  }

  /** Whether the questions are folded away, leaving the card's name and buttons. */
  public BooleanProperty foldedProperty() {
    return folded;
  }

  private Label heading(String key) {
    Label label = new Label();
    label.textProperty().bind(l10n.ui(key));
    label.getStyleClass().add("guide-heading");
    return label;
  }
}
