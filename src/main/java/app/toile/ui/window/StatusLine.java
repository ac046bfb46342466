package app.toile.ui.window;

import app.toile.model.Canvas;
import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import app.toile.session.Document;
import app.toile.session.DocumentFiles;
import app.toile.ui.findings.FindingsViewModel;
import app.toile.validation.FindingSummary;
import app.toile.validation.Severity;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;

/**
 * The status bar: the file, whether it has unsaved changes, what the canvas holds, and a spinner
 * while a file is read or written, and the validator's counts of errors, warnings and infos.
 */
final class StatusLine {
  private StatusLine() {}

  static StatusBar build(DocumentFiles documents, FindingsViewModel findings, CanvasZoom zoom,
      Localization l10n) {
    Document doc = documents.document();
    StatusBar bar = new StatusBar();
    bar.getStyleClass().add("status-line");
    bar.textProperty().bind(Bindings.createStringBinding(() -> !doc.openProperty().get() ? ""
        : doc.file() == null ? l10n.ui().get("status.noFile") : doc.file().toString(),
        doc.fileProperty(), doc.openProperty(), l10n.localeProperty()));

    Label saved = new Label();
    saved.getStyleClass().add("status-saved");
    // A new canvas that was never saved and has no change yet is neither saved nor unsaved.
    saved.textProperty().bind(Bindings.createStringBinding(() -> !doc.openProperty().get()
        || doc.file() == null && !doc.isUnsaved() ? ""
        : l10n.ui().get(doc.isUnsaved() ? "status.unsaved" : "status.saved"),
        doc.fileProperty(),
        doc.unsavedProperty(), doc.openProperty(), l10n.localeProperty()));
    saved.styleProperty().bind(Bindings.when(doc.unsavedProperty())
        .then("-fx-text-fill: -color-warning-fg;").otherwise(""));

    Label counts = new Label();
    counts.getStyleClass().add("status-counts");
    counts.textProperty().bind(Bindings.createStringBinding(() -> {
      if (!doc.openProperty().get()) {
        return "";
      }
      Canvas c = doc.canvas();
      return l10n.ui().get("segment.count", c.segments().size()) + " \u00b7 "
          + l10n.ui().get("status.notes", c.noteCount());
    }, doc.canvasProperty(), doc.openProperty(), l10n.localeProperty()));

    Node alert = Icons.of(Feather.ALERT_TRIANGLE);
    Node begin = Icons.of(Feather.USER_PLUS);
    Label problems = new Label();
    problems.getStyleClass().add("status-findings");
    // An untouched new canvas is not "1 error": it says where to begin, the guide's first step.
    problems.textProperty().bind(Bindings.createStringBinding(() -> {
      FindingSummary f = findings.summaryProperty().get();
      if (!doc.openProperty().get()) {
        return "";
      }
      int errors = f.count(Severity.ERROR);
      int warnings = f.count(Severity.WARNING);
      int infos = f.count(Severity.INFO);
      return doc.untouchedProperty().get() ? l10n.ui().get("status.begin")
          : errors + warnings + infos == 0 ? l10n.ui().get("status.findings.none")
          : l10n.ui().get("status.findings", errors, warnings, infos);
    }, findings.summaryProperty(), doc.openProperty(), doc.untouchedProperty(),
        l10n.localeProperty()));
    problems.graphicProperty().bind(Bindings.createObjectBinding(() -> {
      if (!doc.openProperty().get()) {
        return null;
      }
      if (doc.untouchedProperty().get()) {
        return begin;
      }
      return findings.summaryProperty().get().count(Severity.ERROR) > 0 ? alert : null;
    }, findings.summaryProperty(), doc.untouchedProperty(), doc.openProperty()));

    Label zoomed = new Label();
    zoomed.getStyleClass().add("status-zoom");
    // Short, as the status bar is crowded at 1024 pixels: the level alone, what it means in the
    // tooltip.
    zoomed.textProperty().bind(Bindings.createStringBinding(() -> !doc.openProperty().get() ? ""
        : l10n.ui().get("status.zoom", zoom.percent()), zoom.scaleProperty(), doc.openProperty(),
        l10n.localeProperty()));
    LazyTooltip.bind(zoomed, Bindings.createStringBinding(() -> zoom.fits()
        ? l10n.ui().get("status.zoomFit") : l10n.ui().get("status.zoomLevel"),
        zoom.scaleProperty(), l10n.localeProperty()));
    zoomed.setMinWidth(Region.USE_PREF_SIZE);

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(16, 16);

    // An export says how far it got; other file work only that it is running.
    ProgressBar exporting = new ProgressBar();
    exporting.setPrefWidth(120);
    exporting.progressProperty().bind(documents.exportProgressProperty());
    BooleanBinding exportRuns = documents.exportProgressProperty().greaterThanOrEqualTo(0);
    exporting.visibleProperty().bind(exportRuns);
    exporting.managedProperty().bind(exportRuns);
    busy.visibleProperty().bind(documents.busyProperty().and(exportRuns.not()));
    busy.managedProperty().bind(busy.visibleProperty());

    // What the canvas holds is read whole; the file's path gives way, its name last, and the
    // tooltip has it all.
    for (Label l : new Label[] {problems, counts, saved}) {
      l.setMinWidth(Label.USE_PREF_SIZE);
    }
    bar.skinProperty().addListener((o, was, skin) -> {
      if (bar.lookup(".status-label") instanceof Label path) {
        path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        path.setMinWidth(0);
        LazyTooltip.bind(path, bar.textProperty());
      }
    });
    bar.getRightItems().addAll(exporting, busy, problems, new Separator(Orientation.VERTICAL), counts,
        new Separator(Orientation.VERTICAL), zoomed, new Separator(Orientation.VERTICAL), saved);
    return bar;
  }
}
