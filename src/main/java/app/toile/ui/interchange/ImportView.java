package app.toile.ui.interchange;

import app.toile.ui.base.Localization;
import app.toile.ui.interchange.ImportViewModel.Failure;
import app.toile.ui.interchange.ImportViewModel.Report;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File › Import…: a file chooser for Markdown, JSON Canvas and CSV files, then, when something
 * had no place in the canvas, the report in a dialog (each thing dropped and why, in a text the
 * user can select and copy), or the reason the file could not be read.
 */
public final class ImportView {
  private final Window owner;
  private final ImportViewModel vm;
  private final Localization l10n;
  private Function<Window, Optional<Path>> chooser = this::choose;

  public ImportView(Window owner, ImportViewModel vm, Localization l10n) {
    this.owner = owner;
    this.vm = vm;
    this.l10n = l10n;
    vm.reportProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.reportShown();
        showReport(now);
      }
    });
    vm.failureProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.failureShown();
        showFailure(now);
      }
    });
  }

  /** Replaces the file chooser (tests answer it themselves). */
  public void setChooser(Function<Window, Optional<Path>> chooser) {
    this.chooser = chooser;
  }

  /** Asks for a file and imports it. */
  public void chooseAndImport() {
    if (!vm.busyProperty().get()) {
      chooser.apply(owner).ifPresent(vm::importFile);
    }
  }

  private Optional<Path> choose(Window window) {
    FileChooser fc = new FileChooser();
    fc.setTitle(l10n.ui().get("dialog.import.title"));
    List<String> all = vm.extensions().stream().map(e -> "*." + e).toList();
    fc.getExtensionFilters().add(
        new FileChooser.ExtensionFilter(l10n.ui().get("dialog.importFilter.all"), all));
    for (String e : vm.extensions()) {
      fc.getExtensionFilters().add(
          new FileChooser.ExtensionFilter(l10n.ui().get("dialog.importFilter." + e), "*." + e));
    }
    File folder = vm.folder().map(Path::toFile).filter(File::isDirectory).orElse(null);
    if (folder != null) {
      fc.setInitialDirectory(folder);
    }
    File f = fc.showOpenDialog(window);
    return Optional.ofNullable(f).map(File::toPath);
  }

  private void showReport(Report report) {
    TextArea lines = new TextArea(String.join("\n", report.lines()));
    lines.setEditable(false);
    lines.setWrapText(true);
    lines.setPrefColumnCount(60);
    // Every line seen at once when there are few, and the dialog still fits a 700-pixel screen.
    lines.setPrefRowCount(Math.min(12, report.lines().size() * 2));
    lines.setMinHeight(Region.USE_PREF_SIZE);
    lines.getStyleClass().add("import-report");
    Alert alert = new Alert(Alert.AlertType.WARNING, null,
        new ButtonType(l10n.ui().get("dialog.importReport.close"), ButtonData.OK_DONE));
    alert.initOwner(owner);
    alert.setTitle(l10n.ui().get("dialog.importReport.title"));
    alert.setHeaderText(l10n.ui().get("dialog.importReport.header", report.file()));
    alert.getDialogPane().setContent(lines);
    alert.setResizable(true);
    // The report's size is known only once shown: centre it on the window then, whole on screen.
    alert.setOnShown(e -> centreOnOwner(alert.getDialogPane().getScene().getWindow()));
    alert.show();
  }

  private void centreOnOwner(Window dialog) {
    if (owner == null) {
      return;
    }
    dialog.setX(Math.max(owner.getX(), owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2));
    dialog.setY(Math.max(owner.getY(), owner.getY() + (owner.getHeight() - dialog.getHeight()) / 2));
  }

  private void showFailure(Failure failure) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle(l10n.ui().get("dialog.error.title"));
    alert.setHeaderText(l10n.ui().get("error.import", failure.file()));
    alert.setContentText(failure.reason());
    alert.show();
  }
}
