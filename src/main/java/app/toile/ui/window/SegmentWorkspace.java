package app.toile.ui.window;

import app.toile.session.EditorSession;
import app.toile.session.PanelRequest;
import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import app.toile.ui.findings.FieldDecorations;
import app.toile.ui.findings.FindingsPanel;
import app.toile.ui.findings.FindingsViewModel;
import app.toile.ui.market.MarketPanel;
import app.toile.ui.market.MarketViewModel;
import app.toile.ui.notes.NotePanel;
import app.toile.ui.notes.NotesViewModel;
import app.toile.ui.roadmap.AttractivenessChart;
import app.toile.ui.roadmap.RoadmapStrip;
import app.toile.ui.roadmap.RoadmapViewModel;
import app.toile.ui.segments.SegmentsBlockView;
import app.toile.ui.segments.editor.SegmentEditorView;
import app.toile.ui.segments.editor.SegmentEditorViewModel;
import impl.org.controlsfx.skin.DecorationPane;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the Customer Segments block opens beside the canvas: the segment editor, the market and
 * strategy panel, the findings and the ranking, as tabs of a side panel, plus the roadmap strip
 * under the canvas. It keeps validation live: each new result of the findings decorates the
 * fields of the segment shown (the segment cards mark themselves).
 */
public final class SegmentWorkspace {
  private static final double MIN_WIDTH = 300;
  private static final double MAX_WIDTH = 540;
  private static final double SHARE = 0.3;

  private final EditorSession session;
  private final SegmentsBlockView block;
  private final SegmentEditorViewModel editorVm;
  private final FindingsViewModel findings;
  private final SegmentEditorView editor;
  private final FindingsPanel findingsPanel;
  private final RoadmapStrip roadmap;
  private final FieldDecorations decorations = new FieldDecorations();
  private final TabPane tabs = new TabPane();
  private final Tab segmentTab;
  private final Tab marketTab;
  private final Tab findingsTab;
  private final VersionsSide versions;
  private final ConflictsSide conflicts;
  private final DecorationPane side = new DecorationPane();
  /** Shows the side panel when something is asked of it; set by the window. */
  private Runnable reveal = () -> { };

  public SegmentWorkspace(EditorSession session, Localization l10n, SegmentsBlockView block) {
    this.session = session;
    this.block = block;
    this.editorVm = new SegmentEditorViewModel(session);
    this.findings = new FindingsViewModel(session);
    this.editor = new SegmentEditorView(editorVm, l10n);
    this.findingsPanel = new FindingsPanel(findings, l10n, this::open);
    RoadmapViewModel roadmapVm = new RoadmapViewModel(session);
    this.roadmap = new RoadmapStrip(roadmapVm, l10n);

    // The selection's tab: the segment's form, or the selected note's panel, made when a note
    // is first selected.
    var note = session.selection().noteProperty();
    NotePanel[] notePanel = new NotePanel[1];
    segmentTab = tab("segment", "panel.segment", () -> editor, l10n);
    segmentTab.textProperty().unbind();
    segmentTab.textProperty().bind(Bindings.when(note.isNotNull())
        .then(l10n.ui("panel.note")).otherwise(l10n.ui("panel.segment")));
    segmentTab.contentProperty().bind(Bindings.createObjectBinding(() -> {
      if (note.get() == null) {
        return editor;
      }
      if (notePanel[0] == null) {
        notePanel[0] = new NotePanel(new NotesViewModel(session), l10n);
      }
      return notePanel[0];
    }, note));
    // The market panel and the chart are made when their tab is first opened (see tab()).
    marketTab = tab("market", "panel.market",
        () -> new MarketPanel(new MarketViewModel(session), l10n), l10n);
    findingsTab = tab("findings", "panel.findings", () -> findingsPanel, l10n);
    // No count on an untouched new canvas, as on the status line: nothing is wrong yet.
    var untouched = session.document().untouchedProperty();
    findingsTab.textProperty().bind(Bindings.createStringBinding(() -> {
      int n = findings.findings().size();
      return n == 0 || untouched.get() ? l10n.ui().get("panel.findings")
          : l10n.ui().get("panel.findingsCount", n);
    }, l10n.localeProperty(), findings.resultProperty(), untouched));
    Tab rankingTab = tab("ranking", "panel.ranking", () -> {
      VBox ranking = new VBox(new AttractivenessChart(roadmapVm, l10n));
      ranking.setPadding(new Insets(8));
      return ranking;
    }, l10n);
    tabs.getTabs().addAll(segmentTab, marketTab, findingsTab, rankingTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getStyleClass().add("segment-workspace");
    side.setRoot(tabs);
    // The versions take the side panel's place while shown: a fifth tab would not fit its width
    // at 1024 pixels in French.
    versions = new VersionsSide(session, l10n, panel -> side.setRoot(panel == null ? tabs : panel));
    conflicts = new ConflictsSide(session, l10n, this::showConflicts,
        panel -> side.setRoot(panel == null ? tabs : panel));
    side.getStyleClass().add("segment-side-panel");
    side.getStylesheets().add(
        SegmentEditorView.class.getResource("segment-editor.css").toExternalForm());
    // Under a third of the window: the canvas keeps room for its five columns, whose longest
    // words (French has "Approvisionnement") must stay whole at 1024 pixels.
    side.sceneProperty().addListener((o, was, scene) -> {
      if (scene != null) {
        side.prefWidthProperty().bind(Bindings.createDoubleBinding(
            () -> Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, scene.getWidth() * SHARE)),
            scene.widthProperty()));
      }
    });
    side.setMinWidth(MIN_WIDTH);
    roadmap.getStylesheets().add(
        SegmentEditorView.class.getResource("segment-editor.css").toExternalForm());

    Button marketButton = new Button(null, Icons.of(Feather.GLOBE));
    marketButton.getStyleClass().addAll("flat", "button-icon", "block-market");
    marketButton.setId("open-market");
    marketButton.setFocusTraversable(false);
    LazyTooltip.bind(marketButton, l10n.ui("tooltip.market"));
    marketButton.accessibleTextProperty().bind(l10n.ui("tooltip.market"));
    marketButton.setOnAction(e -> session.showMarket());
    block.header().addTool(marketButton);

    session.selection().segmentProperty().addListener((o, was, now) -> {
      if (now != null) {
        hideSidePanels();
        tabs.getSelectionModel().select(segmentTab);
      }
    });
    // A note chosen on the canvas shows its own panel, never the segment's market left open.
    session.selection().noteProperty().addListener((o, was, now) -> {
      if (now != null) {
        hideSidePanels();
        tabs.getSelectionModel().select(segmentTab);
      }
    });
    // Decorated once per result (each result is of one canvas) and once per segment chosen: not
    // on the canvas change itself, whose findings may come later, off the FX thread.
    findings.resultProperty().addListener((o, was, now) -> decorate());
    session.selection().segmentProperty().addListener((o, was, now) -> decorate());
    // Asked by the guide, a finding, the market button: shown here, whoever asks.
    session.panelRequestProperty().addListener((o, was, now) -> answer(now));
    // A section made after the first frame gets the marks of the findings on its fields.
    editor.setOnSectionBuilt(this::decorate);
    l10n.localeProperty().addListener((o, was, now) -> decorate());
    decorate();
  }

  // Properties

  /** The side panel, for the right of the editor. */
  public Node sidePanel() {
    return side;
  }

  /** The roadmap strip, for under the canvas. */
  public RoadmapStrip roadmapStrip() {
    return roadmap;
  }

  public SegmentEditorView editor() {
    return editor;
  }

  public SegmentEditorViewModel editorViewModel() {
    return editorVm;
  }

  public FindingsViewModel findings() {
    return findings;
  }

  public FindingsPanel findingsPanel() {
    return findingsPanel;
  }

  public TabPane tabs() {
    return tabs;
  }

  /** The versions kept in the canvas, shown in the side panel's place when asked. */
  public VersionsSide versions() {
    return versions;
  }

  /** Shows the Versions panel in the side panel's place. */
  public void showVersions() {
    reveal.run();
    conflicts.hide();
    versions.show();
  }

  /** The conflicts a merge left: their bar and their list. */
  public ConflictsSide conflicts() {
    return conflicts;
  }

  /** Shows the list of the conflicts a merge left in the side panel's place. */
  public void showConflicts() {
    reveal.run();
    versions.hide();
    conflicts.show();
  }

  // Commands

  /**
   * What to run when something is asked of the side panel, so that the window shows it if the
   * founder had hidden it.
   */
  public void setOnReveal(Runnable reveal) {
    this.reveal = reveal;
  }

  /** Shows the market and strategy panel. */
  public void showMarket() {
    session.showMarket();
  }

  /** Shows the findings panel. */
  public void showFindingsPanel() {
    session.showFindings();
  }

  /** Selects a segment and focuses one of its fields in the segment editor. */
  public void openField(String segmentId, String field) {
    session.openField(segmentId, field);
  }

  /** Goes where a finding points: its segment's field, its note, the market, or the block. */
  public void open(FindingsViewModel.Row f) {
    findings.open(f);
  }

  private void answer(PanelRequest request) {
    if (request.kind() != PanelRequest.Kind.SELECTION) {
      reveal.run();
      hideSidePanels();
    }
    switch (request.kind()) {
      case FIELD -> {
        tabs.getSelectionModel().select(segmentTab);
        editor.focusField(request.field());
      }
      case MARKET -> tabs.getSelectionModel().select(marketTab);
      case FINDINGS -> tabs.getSelectionModel().select(findingsTab);
      case SELECTION -> block.requestFocus();
    }
  }

  private void hideSidePanels() {
    versions.hide();
    conflicts.hide();
  }

  private void decorate() {
    String id = session.selection().segmentProperty().get();
    if (id == null) {
      decorations.clear();
      return;
    }
    decorations.show(findings.fieldMarks(id), p -> editor.shownControl(p).orElse(null),
        p -> editor.sectionOf(p).orElse(null));
  }

  /**
   * A tab whose content is made (if not yet) and joins the scene the first time it is selected:
   * a tab pane styles and lays out the content of every tab, shown or not, and the market panel,
   * findings and chart would hold up the canvas's first frame for tabs the founder may never open.
   */
  private static Tab tab(String id, String key, Supplier<Node> content, Localization l10n) {
    Tab t = new Tab();
    t.setId("tab-" + id);
    t.textProperty().bind(l10n.ui(key));
    // The pane selects its first tab when the tabs are added, which sets that tab's content.
    t.selectedProperty().addListener((o, was, now) -> {
      if (now && t.getContent() == null) {
        t.setContent(content.get());
      }
    });
    return t;
  }
}
