package app.toile.ui.dialogs;

import app.toile.session.DocumentPrompts;
import app.toile.session.ExportKind;
import app.toile.ui.base.Localization;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Answers the document's questions with dialogs and file choosers owned by the main window. */
public final class FxPrompts implements DocumentPrompts {
  private final Window owner;
  private final Localization l10n;
  private final Supplier<Path> folder;

  /**
   * @param folder the folder the file choosers start in (the current file's), or null
   */
  public FxPrompts(Window owner, Localization l10n, Supplier<Path> folder) {
    this.owner = owner;
    this.l10n = l10n;
    this.folder = folder;
  }

  @Override
  public SaveChoice askSaveChanges(String canvasName) {
    ButtonType save = new ButtonType(l10n.ui().get("dialog.unsaved.save"), ButtonData.YES);
    ButtonType discard = new ButtonType(l10n.ui().get("dialog.unsaved.discard"), ButtonData.NO);
    ButtonType cancel = new ButtonType(l10n.ui().get("dialog.unsaved.cancel"), ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.WARNING, l10n.ui().get("dialog.unsaved.content"),
        save, discard, cancel);
    alert.initOwner(owner);
    alert.setTitle(l10n.ui().get("dialog.unsaved.title"));
    alert.setHeaderText(l10n.ui().get("dialog.unsaved.header", canvasName));
    ButtonType answer = alert.showAndWait().orElse(cancel);
    return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
  }

  @Override
  public Optional<Path> chooseFileToOpen() {
    FileChooser chooser = chooser("dialog.open.title");
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFileToSave(String proposedName) {
    FileChooser chooser = chooser("dialog.save.title");
    chooser.setInitialFileName(proposedName);
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseExportFile(Path proposed, ExportKind format) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(l10n.ui().get("dialog.export.title"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
        l10n.ui().get("dialog.exportFilter." + format.extension()), "*." + format.extension()));
    chooser.setInitialFileName(proposed.getFileName().toString());
    Path parent = proposed.toAbsolutePath().getParent();
    Path f = proposed.getParent() != null && parent != null && parent.toFile().isDirectory()
        ? parent : folder.get();
    if (f != null && f.toFile().isDirectory()) {
      chooser.setInitialDirectory(f.toFile());
    }
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  private FileChooser chooser(String titleKey) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(l10n.ui().get(titleKey));
    chooser.getExtensionFilters().add(
        new FileChooser.ExtensionFilter(l10n.ui().get("dialog.fileFilter"), "*.toile.json"));
    Path f = folder.get();
    if (f != null && f.toFile().isDirectory()) {
      chooser.setInitialDirectory(f.toFile());
    }
    return chooser;
  }

  @Override
  public void showError(String messageKey, Path file, String detail) {
    Path name = file == null ? null : file.getFileName();
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle(l10n.ui().get("dialog.error.title"));
    alert.setHeaderText(l10n.ui().get(messageKey, name == null ? "" : name.toString()));
    alert.setContentText(detail);
    alert.show();
  }
}
