package app.toile.ui.window;

import app.toile.model.Block;
import app.toile.session.CanvasEdits;
import app.toile.session.EditorSession;
import app.toile.ui.base.Localization;
import app.toile.ui.base.OverflowScroll;
import app.toile.ui.base.WheelScroll;
import app.toile.ui.canvas.HeaderView;
import app.toile.ui.canvas.HeaderViewModel;
import app.toile.ui.notes.NoteBlockView;
import app.toile.ui.notes.NoteView;
import app.toile.ui.notes.NotesViewModel;
import app.toile.ui.search.SearchBar;
import app.toile.ui.search.SearchViewModel;
import app.toile.ui.segments.SegmentsBlockView;
import app.toile.ui.segments.SegmentsViewModel;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The open canvas: its header above the nine blocks, and a side panel on the right for the
 * selected segment's structured editor. Keeps keyboard focus on what the model says is selected.
 * The side panel can be hidden, giving its width to the canvas on a small screen; it comes back
 * when something is asked of it (a finding's field, the market, the guide).
 */
public final class EditorView extends BorderPane {
  private final CanvasEdits vm;
  private final CanvasGrid grid = new CanvasGrid();
  private final CanvasZoom zoom = new CanvasZoom();
  private final SearchBar search;
  private final ZoomedCanvas zoomed;
  private final HeaderView header;
  private final SegmentsBlockView segments;
  private final SegmentWorkspace workspace;
  private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown",
      true);
  private Node sidePanel;

  public EditorView(EditorSession session, Localization l10n) {
    this.vm = session.edits();
    getStyleClass().add("editor");
    segments = new SegmentsBlockView(new SegmentsViewModel(session), l10n);
    grid.put(Block.CUSTOMER_SEGMENTS, segments);
    NotesViewModel notes = new NotesViewModel(session);
    for (Block b : Block.noteBlocks()) {
      grid.put(b, new NoteBlockView(b, notes, l10n));
    }
    // The canvas is added before the header, which still shows above it: keyboard traversal
    // follows the order of children, and Customer Segments must come first.
    BorderPane main = new BorderPane();
    search = new SearchBar(new SearchViewModel(session), l10n);
    zoomed = new ZoomedCanvas(grid, zoom);
    VBox.setVgrow(zoomed, Priority.ALWAYS);
    VBox.setMargin(search, new Insets(0, 0, 6, 0));
    main.setCenter(new VBox(search, zoomed));
    header = new HeaderView(new HeaderViewModel(session), l10n);
    BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
    main.setTop(header);
    main.getStyleClass().add("editor-main");
    setCenter(main);
    workspace = new SegmentWorkspace(session, l10n, segments);
    BorderPane.setMargin(workspace.roadmapStrip(), new Insets(8, 0, 0, 0));
    main.setBottom(workspace.roadmapStrip());
    setSidePanel(workspace.sidePanel());
    sidePanelShown.addListener((o, was, now) -> setRight(now ? sidePanel : null));
    workspace.setOnReveal(() -> sidePanelShown.set(true));
    getStylesheets().add(SearchBar.STYLESHEET);
    SearchMarks.follow(this, session.search());
    // Closed, the bar hands the keyboard back to what is selected.
    search.shownProperty().addListener((o, was, now) -> {
      if (!now) {
        Platform.runLater(this::focusSelection);
      }
    });
    vm.selectedNoteProperty().addListener((o, was, now) -> Platform.runLater(this::focusSelection));
    vm.selectedBlockProperty().addListener((o, was, now) -> Platform.runLater(this::focusSelection));
    // Undo and redo rebuild notes; when the focused one leaves the scene, focus goes back to the
    // selection rather than to the first field of the window. Not when a field of the side panel
    // has taken it meanwhile (the guide's "Add a customer segment" goes once pressed, and the new
    // segment's name waits to be typed).
    sceneProperty().addListener((o, was, scene) -> {
      if (scene != null) {
        scene.focusOwnerProperty().addListener((p, lost, gained) -> {
          if (lost != null && lost.getScene() == null) {
            Platform.runLater(() -> {
              if (getRight() == null || !isInside(scene.getFocusOwner(), getRight())) {
                focusSelection();
              }
            });
          }
        });
      }
    });
  }

  /** Shows a panel on the right of the canvas (the segment editor), or none. */
  public void setSidePanel(Node panel) {
    sidePanel = panel;
    WheelScroll.install(panel);
    setRight(sidePanelShown.get() ? panel : null);
  }

  /** Whether the side panel shows; hidden, the canvas takes the whole width. */
  public BooleanProperty sidePanelShownProperty() {
    return sidePanelShown;
  }

  /** How large the canvas grid is drawn. */
  public CanvasZoom zoom() {
    return zoom;
  }

  /** Opens the search bar over the canvas, its field ready to type in (Ctrl+F). */
  public void openSearch() {
    if (search.getParent() != null) {
      search.open();
    }
  }

  /**
   * Scrolls what holds a node of the canvas (its block, the zoomed canvas) so that it shows,
   * without moving the focus: the search steps to places while the keyboard stays in its field.
   */
  void reveal(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof OverflowScroll scroll) {
        scroll.reveal(node);
      }
    }
    if (isInside(node, grid)) {
      zoomed.reveal(node);
    }
  }

  /** The canvas's header: title, designed for, designed by, date, version. */
  Node header() {
    return header;
  }

  /** The segment editor, findings, ranking, market panel and roadmap. */
  public SegmentWorkspace workspace() {
    return workspace;
  }

  public SegmentsBlockView segmentsBlock() {
    return segments;
  }

  /** The view of a block. */
  public Node blockView(Block block) {
    return grid.view(block);
  }

  /** The view of a note, wherever it is. */
  public Optional<NoteView> noteView(String noteId) {
    return vm.canvas().findNote(noteId)
        .flatMap(p -> ((NoteBlockView) grid.view(p.block())).noteView(noteId));
  }

  /** Moves focus to the selected note or block, unless it is already inside it (an editor). */
  public void focusSelection() {
    if (getScene() == null || vm.editingNoteProperty().get() != null) {
      return;
    }
    Node target = Optional.ofNullable(vm.selectedNoteProperty().get())
        .flatMap(this::noteView).<Node>map(v -> v)
        .orElseGet(() -> vm.selectedSegmentProperty().get() != null
            ? segments.card(vm.selectedSegmentProperty().get()).<Node>map(c -> c).orElse(segments)
            : grid.view(vm.selectedBlockProperty().get()));
    // Stepping through the search selects places: the keyboard stays in the search field.
    if (target != null && !isInside(getScene().getFocusOwner(), target)
        && !isInside(getScene().getFocusOwner(), search)) {
      target.requestFocus();
    }
  }

  private static boolean isInside(Node focused, Node container) {
    for (Node n = focused; n != null; n = n.getParent()) {
      if (n == container) {
        return true;
      }
    }
    return false;
  }
}
