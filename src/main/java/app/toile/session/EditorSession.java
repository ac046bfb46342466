package app.toile.session;

import app.toile.command.Command;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.validation.Finding;
import app.toile.validation.FindingMessages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * One editing session, built once when the editor starts: the open document and its undo stack,
 * the latest findings, the selection, where the guide stands, and the services for slow work
 * (open, save, export). Views' models read its read-only properties and change it through its
 * methods; the features of the editor talk to each other only through it.
 */
public final class EditorSession {
  private final Document document;
  private final DocumentFiles files;
  private final SessionFindings findings;
  private final Selection selection;
  private final GuidePosition guide;
  private final CanvasEdits edits;
  private final Search search;
  private final OpenFormats openFormats;
  private final Versions versions;
  private final ObservableValue<Locale> locale;
  private final ObjectBinding<CustomerSegment> selectedSegment;
  private final ReadOnlyObjectWrapper<PanelRequest> panelRequest = new ReadOnlyObjectWrapper<>(
      this, "panelRequest");
  private long requests;

  /**
   * @param store reads and writes canvas files
   * @param exporter exports to PDF, PNG and PowerPoint
   * @param worker reads, writes and exports, one job after the other
   * @param validation validates large canvases
   * @param ui runs results on the UI thread
   * @param recent the recent files
   * @param locale the language of names and messages
   * @param untitledName the name of a canvas with no file
   */
  public EditorSession(CanvasStore store, CanvasExporter exporter, Executor worker,
      Executor validation, Executor ui, RecentFiles recent, ObservableValue<Locale> locale,
      Supplier<String> untitledName) {
    this.document = new Document();
    this.locale = locale;
    this.files = new DocumentFiles(document, store, exporter, recent, worker, ui, untitledName);
    this.findings = new SessionFindings(document, validation, ui);
    this.selection = new Selection(document);
    this.guide = new GuidePosition(document);
    this.selectedSegment = Bindings.createObjectBinding(
        () -> segment(selection.segmentProperty().get()), selection.segmentProperty(),
        document.canvasProperty());
    this.edits = new CanvasEdits(this);
    this.search = new Search(document, selection);
    this.openFormats = new OpenFormats(files, worker, ui);
    this.versions = new Versions(document, store, worker, ui);
  }

  // Properties

  /** The open canvas, its file, its history. */
  public Document document() {
    return document;
  }

  public Canvas canvas() {
    return document.canvas();
  }

  /** The selection on the canvas and the edits made there. */
  public CanvasEdits edits() {
    return edits;
  }

  /** New, open, save, export. */
  public DocumentFiles files() {
    return files;
  }

  /** Import and export of the open formats: Markdown, JSON Canvas, CSV. */
  public OpenFormats openFormats() {
    return openFormats;
  }

  /** The versions kept in the canvas, and other canvas files read to compare with. */
  public Versions versions() {
    return versions;
  }

  /** The latest validation of the canvas. */
  public SessionFindings findings() {
    return findings;
  }

  public Selection selection() {
    return selection;
  }

  /** The search in the canvas (Ctrl+F). */
  public Search search() {
    return search;
  }

  /** Where the guide stands. */
  public GuidePosition guide() {
    return guide;
  }

  public ObservableValue<Locale> localeProperty() {
    return locale;
  }

  /** The selected segment itself, as the canvas has it now; null when none is. */
  public ObservableValue<CustomerSegment> selectedSegmentProperty() {
    return selectedSegment;
  }

  /** A segment of the canvas; null when there is no such segment. */
  public CustomerSegment segment(String id) {
    return id == null ? null : canvas().segment(id).orElse(null);
  }

  /** The latest findings that point at a segment. */
  public List<Finding> findingsOf(String segmentId) {
    return findings.result().forSegment(segmentId);
  }

  /** A segment's name as the editor shows it, a stand-in when it has none, in the language. */
  public String segmentName(String segmentId) {
    return new FindingMessages(canvas(), locale.getValue()).segmentName(segmentId);
  }

  /** What the side panel was last asked to show. */
  public ReadOnlyObjectProperty<PanelRequest> panelRequestProperty() {
    return panelRequest.getReadOnlyProperty();
  }

  // Commands

  /** Applies an edit to the open canvas; returns whether it changed anything. */
  public boolean execute(Command command) {
    return document.execute(command);
  }

  /** Applies an edit as part of the last one made with the same key; see {@link Document}. */
  public boolean execute(Command command, Object joinKey) {
    return document.execute(command, joinKey);
  }

  public void undo() {
    document.undo();
  }

  public void redo() {
    document.redo();
  }

  /** Selects a segment and asks for one of its fields to be shown and focused. */
  public void openField(String segmentId, String field) {
    selection.selectSegment(segmentId);
    request(PanelRequest.Kind.FIELD, field);
  }

  /** Goes where a finding points: its segment's field, its note, the market, or the block. */
  public void openFinding(Finding f) {
    FindingPlace place = FindingPlace.of(f);
    switch (place.kind()) {
      case SEGMENT -> openField(place.id(), place.field());
      case NOTE -> selection.selectNote(place.id());
      case MARKET -> showMarket();
      case SEGMENTS_BLOCK -> {
        selection.selectBlock(Block.CUSTOMER_SEGMENTS);
        request(PanelRequest.Kind.SELECTION, null);
      }
    }
  }

  /** Asks for the market and strategy panel. */
  public void showMarket() {
    request(PanelRequest.Kind.MARKET, null);
  }

  /** Asks for the findings list. */
  public void showFindings() {
    request(PanelRequest.Kind.FINDINGS, null);
  }

  private void request(PanelRequest.Kind kind, String field) {
    panelRequest.set(new PanelRequest(kind, field, ++requests));
  }
}
