package app.toile.ui.window;

import app.toile.Version;
import app.toile.session.CanvasEdits;
import app.toile.session.Document;
import app.toile.session.DocumentFiles;
import app.toile.session.Samples;
import app.toile.ui.base.Localization;
import app.toile.ui.base.UserSettings;
import app.toile.ui.dialogs.AboutBox;
import app.toile.ui.dialogs.ShortcutsSheet;
import java.util.Locale;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;

/**
 * Everything the menus, the toolbar and the shortcuts can do, in one place so that each is
 * reachable by mouse and by keyboard alike.
 */
public final class WindowActions {
  private final Stage stage;
  private final DocumentFiles documents;
  private final CanvasEdits canvas;
  private final Localization l10n;
  private final UserSettings settings;
  private final Samples samples;
  private Runnable openSample = () -> {};
  private Runnable showExport = () -> {};
  private Runnable print = () -> {};
  private Runnable importCanvas = () -> {};
  private Runnable saveVersion = () -> {};
  private Runnable compareWith = () -> {};
  private Runnable showVersions = () -> {};
  private final BooleanProperty dark = new SimpleBooleanProperty();

  WindowActions(Stage stage, DocumentFiles documents, CanvasEdits canvas,
      Localization l10n, UserSettings settings, Samples samples) {
    this.stage = stage;
    this.documents = documents;
    this.canvas = canvas;
    this.l10n = l10n;
    this.settings = settings;
    this.samples = samples;
    dark.set(settings.darkTheme());
  }

  // Properties

  public DocumentFiles documents() {
    return documents;
  }

  public Document document() {
    return documents.document();
  }

  public CanvasEdits canvas() {
    return canvas;
  }

  public Localization l10n() {
    return l10n;
  }

  /** True when no canvas is open: most edits are then off. */
  public BooleanExpression noCanvas() {
    return document().openProperty().not();
  }

  public boolean hasSamples() {
    return !samples.isEmpty();
  }

  /** Opens the sample gallery. */
  public void openSample() {
    openSample.run();
  }

  void setOpenSample(Runnable r) {
    openSample = r;
  }

  /** Asks for a Markdown, JSON Canvas or CSV file and opens it as a new canvas. */
  public void importCanvas() {
    importCanvas.run();
  }

  void setImportCanvas(Runnable r) {
    importCanvas = r;
  }

  /** Asks for a name and keeps the canvas as it is now as a version in it. */
  public void saveVersion() {
    if (document().openProperty().get()) {
      saveVersion.run();
    }
  }

  void setSaveVersion(Runnable r) {
    saveVersion = r;
  }

  /** Asks for another canvas file and compares the canvas with it, side by side. */
  public void compareWith() {
    if (document().openProperty().get()) {
      compareWith.run();
    }
  }

  void setCompareWith(Runnable r) {
    compareWith = r;
  }

  /** Shows the versions kept in the canvas, in the side panel. */
  public void showVersions() {
    if (document().openProperty().get()) {
      showVersions.run();
    }
  }

  void setShowVersions(Runnable r) {
    showVersions = r;
  }

  public BooleanProperty darkProperty() {
    return dark;
  }

  // Commands

  public void newCanvas() {
    documents.newCanvas();
  }

  public void open() {
    documents.open();
  }

  public void save() {
    documents.save();
  }

  public void saveAs() {
    documents.saveAs();
  }

  /** Opens the export dialog: format, paper, language, parts and file. */
  public void export() {
    if (document().openProperty().get() && !documents.busyProperty().get()) {
      showExport.run();
    }
  }

  void setShowExport(Runnable r) {
    showExport = r;
  }

  /** Prints the canvas page, after the page setup and the print dialog. */
  public void print() {
    if (document().openProperty().get()) {
      print.run();
    }
  }

  void setPrint(Runnable r) {
    print = r;
  }

  public void undo() {
    document().undo();
  }

  public void redo() {
    document().redo();
  }

  public void addSegment(Runnable addInView) {
    if (document().openProperty().get()) {
      addInView.run();
    }
  }

  public void addNote() {
    canvas.addNoteToSelectedBlock();
  }

  /** Edits the selected note in place. */
  public void editSelected() {
    String id = canvas.selectedNoteProperty().get();
    if (id != null) {
      canvas.startEditing(id);
    }
  }

  public void deleteSelected() {
    canvas.deleteSelection();
  }

  /** Moves the selected note, or else the selected segment, by one place. */
  public void moveSelectedBy(int delta) {
    if (canvas.selectedNoteProperty().get() != null) {
      canvas.moveSelectedNoteBy(delta);
    } else {
      canvas.moveSelectedSegmentBy(delta);
    }
  }

  /** Switches the language at once and remembers it. */
  public void setLanguage(Locale locale) {
    l10n.setLocale(locale);
    settings.setLanguage(l10n.locale());
  }

  /** Switches between the light and dark theme and remembers it. */
  public void setDark(boolean on) {
    dark.set(on);
    settings.setDarkTheme(on);
    Theme.apply(on);
    Theme.style(stage.getScene(), on);
  }

  public void showShortcuts() {
    ShortcutsSheet.show(stage, l10n);
  }

  public void showAbout() {
    AboutBox.show(stage, l10n, Version.get());
  }

  /** Closes the window once unsaved changes are dealt with. */
  public void quit() {
    documents.whenChangesAreSafe(() -> {
      WindowBounds.save(stage, settings);
      stage.hide();
    });
  }
}
