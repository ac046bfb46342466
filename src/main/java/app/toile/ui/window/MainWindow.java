package app.toile.ui.window;

import app.toile.session.CanvasEdits;
import app.toile.session.Document;
import app.toile.session.DocumentFiles;
import app.toile.session.EditorSession;
import app.toile.ui.base.Localization;
import app.toile.ui.dialogs.FxPrompts;
import app.toile.ui.export.DesktopFiles;
import app.toile.ui.export.ExportDialog;
import app.toile.ui.export.ExportViewModel;
import app.toile.ui.findings.FindingsViewModel;
import app.toile.ui.gallery.OpenSample;
import app.toile.ui.interchange.ImportView;
import app.toile.ui.interchange.ImportViewModel;
import app.toile.ui.guide.GuideCard;
import app.toile.ui.guide.GuideViewModel;
import app.toile.ui.notes.NotesViewModel;
import app.toile.ui.print.CanvasPrinter;
import app.toile.ui.print.PrintViewModel;
import app.toile.ui.recovery.RecoveryHost;
import app.toile.ui.start.StartView;
import app.toile.ui.start.StartViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The editor window: menu bar and toolbar, the start screen or the open canvas, the status bar.
 * Its title names the canvas and marks unsaved changes; closing it asks to save them first.
 */
public final class MainWindow implements RecoveryHost {
  private final Stage stage;
  private final Services services;
  private final Localization l10n;
  private final EditorSession session;
  private final DocumentFiles documents;
  private final CanvasEdits canvas;
  private final FindingsViewModel findings;
  private final WindowActions actions;
  private final EditorView editor;
  private final StartView start;
  private final VBox top;
  private final OpenSample openSample;
  private final GuideViewModel guide;
  private final ImportView imports;
  private final CompareWindow compare;

  public MainWindow(Stage stage, Services services) {
    this.stage = stage;
    this.services = services;
    // Before the first control exists: a control's class, when no user-agent stylesheet is set
    // yet, loads Modena's, which the theme would then replace at once.
    Theme.apply(services.settings().darkTheme());
    this.l10n = new Localization(services.settings().language());
    this.session = new EditorSession(services.store(), services.exporter(), services.worker(),
        services.validation(), Platform::runLater, services.settings(), l10n.localeProperty(),
        () -> l10n.labels().get("canvas.untitled"));
    this.documents = session.files();
    Document document = session.document();
    this.canvas = session.edits();
    this.actions = new WindowActions(stage, documents, canvas, l10n, services.settings(),
        services.samples());
    this.openSample = new OpenSample(stage, l10n, services.samples()::all, services.worker(),
        documents::openAsNew, e -> new FxPrompts(stage, l10n, () -> null)
            .showError("error.open", null, e.getMessage()));
    actions.setOpenSample(this::openSample);
    ExportViewModel exportChoices = new ExportViewModel(session, new DesktopFiles(),
        Platform::runLater);
    // The dialog, a window of its own, is made when first asked for.
    ExportDialog[] export = new ExportDialog[1];
    actions.setShowExport(() -> {
      if (export[0] == null) {
        export[0] = new ExportDialog(stage, exportChoices, l10n);
      }
      export[0].show();
    });
    CanvasPrinter printer = new CanvasPrinter(
        new PrintViewModel(session, services.worker(), Platform::runLater), l10n);
    actions.setPrint(() -> printer.print(stage));
    this.imports = new ImportView(stage, new ImportViewModel(session), l10n);
    actions.setImportCanvas(imports::chooseAndImport);
    documents.setPrompts(new FxPrompts(stage, l10n,
        () -> document.file() == null ? null : document.file().toAbsolutePath().getParent()));

    StackPane content = new StackPane();
    content.getStyleClass().add("window-content");
    // The editor joins the scene when the first canvas arrives (or opens, when it equals the
    // empty one): while none is open, styling and laying out its two thousand hidden nodes would
    // only hold up the first frame. Joining and the blocks' filling happen in the same event,
    // whichever listener runs first, so the next pulse styles the editor once, with its notes.
    document.canvasProperty().addListener(o -> attachEditor(content));
    document.openProperty().addListener(o -> attachEditor(content));
    editor = new EditorView(session, l10n);
    // One validation per edit, shared by the status bar and the segment editor.
    this.findings = editor.workspace().findings();
    guide = new GuideViewModel(session);
    // The guide shares the side column with the segment editor: the canvas keeps its width.
    GuideCard guideCard = new GuideCard(guide, l10n);
    guideCard.connect(new BlockSpotlight(editor)::on, editor.segmentsBlock()::addSegment);
    editor.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, guideCard::onKey);
    editor.setSidePanel(guideCard.above(editor.workspace().sidePanel()));
    var versions = editor.workspace().versions().prompts();
    actions.setSaveVersion(() -> versions.saveVersion(stage));
    actions.setCompareWith(() -> versions.compareWithFile(stage));
    actions.setShowVersions(editor.workspace()::showVersions);
    guideCard.setSaveVersion(actions::saveVersion);
    this.compare = new CompareWindow(stage, session, l10n, editor.workspace().versions().viewModel(),
        actions.darkProperty());
    start = new StartView(new StartViewModel(documents), l10n, !services.samples().isEmpty(), this::openSample);
    content.getChildren().add(0, start);
    editor.visibleProperty().bind(document.openProperty());
    // While a file is being read (the one given at launch, say), neither screen shows: no flash
    // of the start screen before the canvas.
    start.visibleProperty().bind(document.openProperty().not().and(documents.busyProperty().not()));

    BorderPane root = new BorderPane(content);
    // Hidden on a small screen, the side panel stays hidden in the next session too; the guide
    // lives in it, so opening the guide shows it.
    editor.sidePanelShownProperty().set(services.settings().sidePanelShown());
    editor.sidePanelShownProperty().addListener(
        (o, was, now) -> services.settings().setSidePanelShown(now));
    guide.shownProperty().addListener((o, was, now) -> {
      if (now) {
        editor.sidePanelShownProperty().set(true);
      }
    });
    top = new VBox(MainMenus.build(actions, new NotesViewModel(session),
        editor.segmentsBlock()::addSegment, guide::open,
        editor.sidePanelShownProperty(), editor.zoom(), editor::openSearch),
        MainToolbar.build(actions));
    root.setTop(top);
    addTopBar(editor.workspace().conflicts().bar());
    root.setBottom(StatusLine.build(documents, findings, editor.zoom(), l10n));
    root.getStyleClass().add("toile");

    Scene scene = new Scene(root);
    Theme.style(scene, actions.darkProperty().get());
    // One accelerator per menu item: the second redo shortcut is added here.
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
        KeyCombination.SHIFT_DOWN), actions::redo);
    ZoomKeys.add(scene, editor.zoom(), document.openProperty());
    acceptDroppedFiles(scene);
    stage.setScene(scene);
    stage.titleProperty().bind(Bindings.createStringBinding(this::title, document.fileProperty(),
        document.unsavedProperty(), document.openProperty(), document.canvasProperty(),
        l10n.localeProperty()));
    WindowBounds.restore(stage, services.settings());
    stage.setOnCloseRequest(e -> {
      e.consume();
      actions.quit();
    });
    document.openProperty().addListener((o, was, now) -> {
      if (now) {
        // A scene with no focus owner gives the focus to its first block on its next pulse, and
        // that block would take the selection from the first segment: until the segment's card
        // can take the focus, the window's content holds it. (The canvas given at launch can
        // open before the window first has the focus.)
        if (scene.getFocusOwner() == null) {
          content.requestFocus();
        }
        canvas.selectFirstBlock();
        // The first segment's card when there is one, so that its editor stays open.
        Platform.runLater(editor::focusSelection);
      }
    });
  }

  // Properties

  /** The editing session the window shows. */
  public EditorSession session() {
    return session;
  }

  @Override
  public Stage stage() {
    return stage;
  }

  /** File › Import…, whose file chooser tests answer themselves. */
  public ImportView imports() {
    return imports;
  }

  @Override
  public DocumentFiles documents() {
    return documents;
  }

  public CanvasEdits canvas() {
    return canvas;
  }

  /** The validator's findings on the open canvas (the segment editor shows them too). */
  public FindingsViewModel findings() {
    return findings;
  }

  @Override
  public Localization localization() {
    return l10n;
  }

  public EditorView editor() {
    return editor;
  }

  /** The guided flow through the nine blocks. */
  public GuideViewModel guide() {
    return guide;
  }

  public WindowActions actions() {
    return actions;
  }

  /** The compare view's window, once a comparison was shown; null before. */
  public Stage compareStage() {
    return compare.stage();
  }

  /** "name — Toile", with a mark in front while there are unsaved changes. */
  private String title() {
    Document d = documents.document();
    if (!d.openProperty().get()) {
      return "Toile";
    }
    String mark = d.isUnsaved() ? l10n.ui().get("app.unsavedMark") : "";
    return mark + l10n.ui().get("app.title", documents.displayName());
  }

  // Commands

  /** Adds a bar under the toolbar, such as a notice about the open file. */
  @Override
  public void addTopBar(javafx.scene.Node bar) {
    top.getChildren().add(bar);
  }

  /** Shows the window, then opens a file given on the command line, if any. */
  public void show(Path file) {
    stage.show();
    if (file != null) {
      documents.open(file);
    }
  }

  /** Shows the sample gallery in the editor's language and opens the one chosen as untitled. */
  public void openSample() {
    openSample.run();
  }

  private void attachEditor(StackPane content) {
    if (editor.getParent() == null) {
      content.getChildren().add(editor);
    }
  }

  private void acceptDroppedFiles(Scene scene) {
    scene.setOnDragOver(e -> {
      if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
        e.acceptTransferModes(TransferMode.COPY);
      }
    });
    scene.setOnDragDropped(e -> {
      List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
      boolean ok = files.size() == 1;
      e.setDropCompleted(ok);
      e.consume();
      if (ok) {
        // After the drop completes: the prompt to save must not run inside the drag gesture.
        Path p = files.get(0).toPath();
        Platform.runLater(() -> documents.open(p));
      }
    });
  }
}
