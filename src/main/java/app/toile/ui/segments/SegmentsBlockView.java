package app.toile.ui.segments;

import app.toile.ui.base.WordFit;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.ui.base.BlockHeader;
import app.toile.ui.base.Icons;
import app.toile.ui.base.KeyedViews;
import app.toile.ui.base.Localization;
import app.toile.ui.base.OverflowScroll;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Customer Segments block, where a canvas starts: the segments as cards in expansion order,
 * a "+" in the header (or Ctrl+Shift+N anywhere) to add one, and a call to start here while the
 * block is empty.
 */
public final class SegmentsBlockView extends VBox {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

  private final SegmentsViewModel vm;
  private final Localization l10n;
  private final VBox cards = new VBox(6);
  private final KeyedViews<CustomerSegment, SegmentCard> views;
  private final BlockHeader header;
  /** The segments shown; null until the first canvas is shown, so that even an empty one is. */
  private List<CustomerSegment> shown;

  public SegmentsBlockView(SegmentsViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
    views = new KeyedViews<>(CustomerSegment::id, this::newCard, SegmentCard::segment,
        SegmentCard::update);
    getStyleClass().addAll("block", "segments-block");
    setFocusTraversable(true);
    header = new BlockHeader(Block.CUSTOMER_SEGMENTS, l10n, "tooltip.addSegment");
    header.addButton().setOnAction(e -> addSegment());

    cards.getStyleClass().add("segment-cards");
    OverflowScroll scroll = new OverflowScroll(cards);

    StackPane body = new StackPane(scroll, emptyState());
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(header, body);

    setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        addSegment();
      } else {
        // A click beside the cards selects the block alone.
        vm.selectBlock(Block.CUSTOMER_SEGMENTS);
        requestFocus();
      }
    });
    // Coming from another block, the focus selects this one; the window giving the block the focus
    // back (a dialog closed, a button gone from the guide) leaves the selected segment selected.
    focusedProperty().addListener((o, was, now) -> {
      if (now && vm.selectedBlockProperty().get() != Block.CUSTOMER_SEGMENTS) {
        vm.selectBlock(Block.CUSTOMER_SEGMENTS);
      }
    });
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
        addSegment();
        e.consume();
      }
    });
    vm.selectedBlockProperty().addListener(
        (o, was, now) -> pseudoClassStateChanged(SELECTED, now == Block.CUSTOMER_SEGMENTS));
    pseudoClassStateChanged(SELECTED, vm.selectedBlockProperty().get() == Block.CUSTOMER_SEGMENTS);
    vm.selectedSegmentProperty().addListener((o, was, now) -> {
      views.get(was).ifPresent(v -> v.setSelected(false));
      views.get(now).ifPresent(v -> v.setSelected(true));
    });
    vm.canvasProperty().addListener((o, was, now) -> show(now));
    vm.marksProperty().addListener((o, was, now) -> cards().forEach(this::mark));
    show(vm.canvas());
  }

  /**
   * Adds a segment, the one way the button, the shortcut and the guide share: it is selected and
   * its name waits in the side panel, selected, so that typing replaces "New segment".
   */
  public void addSegment() {
    vm.addSegment(l10n.ui().get("segment.newName"));
  }

  /** The block's header, where the market and strategy button sits beside "+". */
  public BlockHeader header() {
    return header;
  }

  /** The cards, in expansion order. */
  public List<SegmentCard> cards() {
    return cards.getChildren().stream().filter(SegmentCard.class::isInstance)
        .map(SegmentCard.class::cast).toList();
  }

  /** The card of a segment, if shown. */
  public Optional<SegmentCard> card(String segmentId) {
    return views.get(segmentId);
  }

  private SegmentCard newCard(CustomerSegment s) {
    SegmentCard card = new SegmentCard(s, vm, l10n);
    SegmentDrag.install(card, vm);
    card.setSelected(s.id().equals(vm.selectedSegmentProperty().get()));
    mark(card);
    return card;
  }

  private void mark(SegmentCard card) {
    card.setSeverity(vm.marksProperty().get().get(card.segment().id()));
  }

  private VBox emptyState() {
    Label question = new Label();
    question.textProperty().bind(l10n.label("block.customerSegments.question"));
    question.getStyleClass().add("block-empty-question");
    WordFit.install(question);
    question.setWrapText(true);
    Label hint = new Label();
    hint.textProperty().bind(l10n.ui("segment.empty"));
    hint.getStyleClass().add("block-empty-hint");
    hint.setWrapText(true);
    question.setMinHeight(Region.USE_PREF_SIZE);
    hint.setMinHeight(Region.USE_PREF_SIZE);
    Button add = new Button();
    add.textProperty().bind(l10n.ui("action.addSegment").map(t -> t.replace("_", "")));
    add.setGraphic(Icons.of(Feather.USER_PLUS));
    add.getStyleClass().addAll("accent", "segments-start");
    // The block's column is narrow at common window widths: wrap rather than end in "…".
    add.setWrapText(true);
    add.setTextAlignment(TextAlignment.CENTER);
    // The icon above the words, which get the column's whole width.
    add.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
    add.setMinHeight(Region.USE_PREF_SIZE);
    add.setOnAction(e -> addSegment());
    // Like the header's "+": the keyboard has Ctrl+Shift+N, and Tab goes from block to block.
    add.setFocusTraversable(false);
    VBox box = new VBox(12, question, hint, add);
    box.setAlignment(Pos.CENTER);
    box.getStyleClass().add("segments-empty");
    box.visibleProperty().bind(header.questionShownProperty().not());
    // Hidden, it takes no room: its texts keep their whole height, which the cards do not need.
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private void show(Canvas canvas) {
    List<CustomerSegment> list = canvas.segments();
    if (list.equals(shown)) {
      return;
    }
    views.show(list, cards.getChildren(), false);
    shown = list;
    header.questionShownProperty().set(!list.isEmpty());
  }
}
