package app.toile.ui.versions;

import app.toile.ui.base.Localization;
import app.toile.ui.versions.VersionsViewModel.Row;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The questions the versions ask: the name of a version to save (File › Save a version…, the
 * panel's button, the guide's last step) and a version's new name.
 */
public final class VersionPrompts {
  private final VersionsViewModel vm;
  private final Localization l10n;
  private Function<Window, Optional<Path>> chooser = this::choose;

  public VersionPrompts(VersionsViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
  }

  /** Asks for a name, today's date proposed, and keeps the canvas under it. */
  public void saveVersion(Window owner) {
    if (!vm.openProperty().get()) {
      return;
    }
    VersionNameDialog.ask(owner, l10n, l10n.ui().get("dialog.saveVersion.title"),
        l10n.ui().get("dialog.saveVersion.header"), l10n.ui().get("dialog.saveVersion.ok"),
        vm.proposedName(), name -> vm.nameProblem(name, null)).ifPresent(vm::save);
  }

  /** Asks for a version's new name and renames it. */
  public void rename(Window owner, Row row) {
    VersionNameDialog.ask(owner, l10n, l10n.ui().get("dialog.renameVersion.title"),
        l10n.ui().get("dialog.renameVersion.header", row.name()),
        l10n.ui().get("dialog.renameVersion.ok"), row.name(),
        name -> vm.nameProblem(name, row.name())).ifPresent(name -> vm.rename(row, name));
  }

  /** Replaces the file chooser of Compare with… (tests answer it themselves). */
  public void setChooser(Function<Window, Optional<Path>> chooser) {
    this.chooser = chooser;
  }

  /** File › Compare with…: asks for a canvas file and compares the canvas with it. */
  public void compareWithFile(Window owner) {
    if (vm.openProperty().get()) {
      chooser.apply(owner).ifPresent(vm::compareWithFile);
    }
  }

  private Optional<Path> choose(Window owner) {
    FileChooser fc = new FileChooser();
    fc.setTitle(l10n.ui().get("dialog.compareWith.title"));
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(
        l10n.ui().get("dialog.fileFilter"), "*.toile.json"));
    File folder = vm.folder().map(Path::toFile).filter(File::isDirectory).orElse(null);
    if (folder != null) {
      fc.setInitialDirectory(folder);
    }
    return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
  }
}
