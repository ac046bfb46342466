package app.toile.ui.notes;

import app.toile.ui.base.WordFit;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.ui.base.BlockHeader;
import app.toile.ui.base.KeyedViews;
import app.toile.ui.base.Localization;
import app.toile.ui.base.OverflowScroll;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One of the eight note blocks: header, then its notes laid out in as many columns as fit, scrolling
 * once they overflow. Double-click, the "+" button or Ctrl+Enter adds a note; notes dropped here land
 * where they are dropped. Only the notes that changed are redrawn.
 */
public final class NoteBlockView extends VBox {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final double NOTE_MIN_WIDTH = 150;
  private static final double GAP = 8;

  private final Block block;
  private final NotesViewModel vm;
  private final Localization l10n;
  private final FlowPane notes = new FlowPane(GAP, GAP);
  private final KeyedViews<Note, NoteView> views;
  private final BlockHeader header;
  /** The notes shown; null until the first canvas is shown, so that even an empty one is. */
  private List<Note> shown;
  private List<CustomerSegment> shownSegments = List.of();
  private double viewportWidth;

  public NoteBlockView(Block block, NotesViewModel vm, Localization l10n) {
    this.block = block;
    this.vm = vm;
    this.l10n = l10n;
    views = new KeyedViews<>(Note::id, this::newView, NoteView::note,
        (v, n) -> v.update(n, shownSegments));
    getStyleClass().addAll("block", "note-block");
    setFocusTraversable(true);
    header = new BlockHeader(block, l10n, "tooltip.addNote");
    header.addButton().setOnAction(e -> vm.addNote(block));

    notes.getStyleClass().add("block-notes");
    OverflowScroll scroll = new OverflowScroll(notes);
    scroll.viewportWidthProperty().addListener((o, was, now) -> {
      viewportWidth = now.doubleValue();
      sizeNotes();
    });

    Label empty = new Label();
    empty.textProperty().bind(l10n.label("block." + block.key() + ".question"));
    empty.getStyleClass().add("block-empty-question");
    // The body's whole height, so that the type can grow again when the block does.
    empty.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    WordFit.installWithinHeight(empty);
    empty.setWrapText(true);
    empty.setMouseTransparent(true);
    empty.visibleProperty().bind(header.questionShownProperty().not());

    StackPane body = new StackPane(scroll, empty);
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(header, body);
    NoteDrag.acceptDrops(this, notes, block, vm);

    setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        vm.addNote(block);
      } else {
        requestFocus();
      }
    });
    focusedProperty().addListener((o, was, now) -> {
      if (now) {
        vm.selectBlock(block);
      }
    });
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
        vm.addNote(block);
        e.consume();
      }
    });
    vm.selectedBlockProperty().addListener((o, was, now) -> pseudoClassStateChanged(SELECTED, now == block));
    vm.selectedNoteProperty().addListener((o, was, now) -> {
      views.get(was).ifPresent(v -> v.setSelected(false));
      views.get(now).ifPresent(v -> v.setSelected(true));
    });
    vm.editingNoteProperty().addListener((o, was, now) -> {
      views.get(was).ifPresent(NoteView::stopEditing);
      views.get(now).ifPresent(NoteView::startEditing);
    });
    vm.canvasProperty().addListener((o, was, now) -> show(now));
    show(vm.canvas());
  }

  /** The block shown. */
  public Block block() {
    return block;
  }

  /** The view of a note of this block, if it is here. */
  public Optional<NoteView> noteView(String noteId) {
    return views.get(noteId);
  }

  private NoteView newView(Note n) {
    NoteView v = new NoteView(n, vm, l10n);
    v.update(n, vm.canvas().segments());
    v.setSelected(n.id().equals(vm.selectedNoteProperty().get()));
    return v;
  }

  private void show(Canvas canvas) {
    List<Note> list = canvas.notes(block);
    List<CustomerSegment> segments = canvas.segments();
    if (list.equals(shown) && segments.equals(shownSegments)) {
      return;
    }
    boolean segmentsChanged = !segments.equals(shownSegments);
    shown = list;
    shownSegments = segments;
    views.show(list, notes.getChildren(), segmentsChanged);
    header.questionShownProperty().set(!list.isEmpty());
    sizeNotes();
    views.get(vm.editingNoteProperty().get()).ifPresent(NoteView::startEditing);
  }

  /** Gives every note the same width: as many columns of at least the minimum width as fit. */
  private void sizeNotes() {
    double width = viewportWidth;
    if (width <= 0) {
      return;
    }
    double inner = width - notes.getPadding().getLeft() - notes.getPadding().getRight() - 1;
    int columns = Math.max(1, (int) ((inner + GAP) / (NOTE_MIN_WIDTH + GAP)));
    double w = Math.floor((inner - GAP * (columns - 1)) / columns);
    for (var child : notes.getChildren()) {
      ((NoteView) child).setPrefWidth(w);
      ((NoteView) child).setMaxWidth(w);
    }
  }
}
