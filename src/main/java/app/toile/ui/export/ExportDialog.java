package app.toile.ui.export;

import app.toile.ui.base.Localization;
import app.toile.ui.export.ExportViewModel.Step;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Export…: the format, paper, language, parts and file of an export, then its progress
 * with a way to cancel, then where the file went with buttons to open it or its folder, or why
 * nothing was written. One window whose page follows the view model's step; Esc closes it (and
 * cancels a running export).
 */
public final class ExportDialog {
  private static final String STYLESHEET =
      ExportDialog.class.getResource("/app/toile/ui/export/export.css").toExternalForm();

  private final ExportViewModel model;
  private final Localization l10n;
  private final Stage stage = new Stage();
  private Button run;

  public ExportDialog(Window owner, ExportViewModel model, Localization l10n) {
    this.model = model;
    this.l10n = l10n;
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.titleProperty().bind(l10n.ui("dialog.export.title"));
    StackPane pages = new StackPane(page(Step.CHOOSE, choices()), page(Step.RUNNING, running()),
        page(Step.DONE, done()), page(Step.FAILED, failed()));
    pages.getStyleClass().add("export-dialog");
    stage.setScene(new Scene(pages));
    // One Esc for every page: it stops a running export, and closes the dialog otherwise.
    stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        e.consume();
        if (model.stepProperty().get() == Step.RUNNING) {
          model.cancel();
        } else {
          stage.hide();
        }
      }
    });
    model.stepProperty().addListener((o, was, now) -> stage.sizeToScene());
    // The message about the desktop adds lines: the window grows to show them whole.
    model.noDesktopProperty().addListener((o, was, now) -> stage.sizeToScene());
    model.formatProperty().addListener((o, was, now) -> stage.sizeToScene());
    // Closing while it runs stops the export: nothing is left half-written.
    stage.setOnHidden(e -> model.cancel());
  }

  /** Shows the dialog with this canvas's last choices, or its defaults. */
  public void show() {
    model.load();
    styleAsOwner();
    stage.sizeToScene();
    stage.show();
    stage.toFront();
    // Enter exports at once; Tab and Shift+Tab reach every choice.
    run.requestFocus();
  }

  /** The owner's stylesheets and theme (light or dark, as it is now), then the dialog's own. */
  private void styleAsOwner() {
    Scene scene = stage.getScene();
    Window owner = stage.getOwner();
    scene.getStylesheets().clear();
    scene.getRoot().getStyleClass().setAll("export-dialog");
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
      scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
    }
    scene.getStylesheets().add(STYLESHEET);
  }

  /** The dialog's window (tests look inside it). */
  public Stage stage() {
    return stage;
  }

  private Node page(Step step, VBox content) {
    content.getStyleClass().add("export-page");
    content.visibleProperty().bind(model.stepProperty().isEqualTo(step));
    content.managedProperty().bind(content.visibleProperty());
    return content;
  }

  private VBox choices() {
    GridPane grid = new ExportForm(model, l10n).grid();
    run = button("dialog.export.run", model::export);
    run.setDefaultButton(true);
    run.getStyleClass().add("export-run");
    Button cancel = button("dialog.export.cancel", stage::hide);
    return new VBox(14, grid, buttons(run, cancel));
  }

  private Button button(String key, Runnable action) {
    return ExportControls.button(l10n, key, action);
  }

  private static Label heading(ObservableValue<String> text) {
    return ExportControls.heading(text);
  }

  private static Label wrapped(ObservableValue<String> text) {
    return ExportControls.wrapped(text);
  }

  private static HBox buttons(Button... buttons) {
    return ExportControls.buttons(buttons);
  }

  private VBox running() {
    Label what = heading(l10n.ui("dialog.export.running", ""));
    what.textProperty().bind(Bindings.createStringBinding(
        () -> l10n.ui().get("dialog.export.running", model.fileNameProperty().getValue()),
        model.fileNameProperty(), l10n.localeProperty()));
    ProgressBar bar = new ProgressBar();
    bar.getStyleClass().add("export-progress");
    bar.progressProperty().bind(model.progressProperty());
    bar.setMaxWidth(Double.MAX_VALUE);
    Button cancel = button("dialog.export.cancel", model::cancel);
    cancel.getStyleClass().add("export-stop");
    return new VBox(14, what, bar, buttons(cancel));
  }

  private VBox done() {
    Label what = heading(Bindings.createStringBinding(() -> l10n.ui().get("dialog.export.done",
        name(model.writtenProperty().get())), model.writtenProperty(), l10n.localeProperty()));
    Label where = wrapped(Bindings.createStringBinding(() -> model.writtenProperty().get() == null
        ? "" : model.writtenProperty().get().toAbsolutePath().toString(), model.writtenProperty()));
    where.getStyleClass().add("export-written");
    Label noDesktop = wrapped(l10n.ui("dialog.export.noDesktop"));
    noDesktop.getStyleClass().add("export-no-desktop");
    noDesktop.visibleProperty().bind(Bindings.createBooleanBinding(
        () -> Boolean.TRUE.equals(model.noDesktopProperty().getValue()), model.noDesktopProperty()));
    noDesktop.managedProperty().bind(noDesktop.visibleProperty());
    Button open = button("dialog.export.open", model::open);
    open.setDefaultButton(true);
    Button folder = button("dialog.export.showInFolder", model::showInFolder);
    Button close = button("dialog.export.close", stage::hide);
    return new VBox(10, what, where, noDesktop, buttons(open, folder, close));
  }

  private VBox failed() {
    Label what = heading(Bindings.createStringBinding(() -> l10n.ui().get("error.export",
        model.fileNameProperty().getValue()), model.fileNameProperty(), l10n.localeProperty()));
    Label why = wrapped(model.failureProperty().map(String::valueOf));
    why.getStyleClass().add("export-failure");
    Button back = button("dialog.export.back", model::back);
    back.setDefaultButton(true);
    Button close = button("dialog.export.close", stage::hide);
    return new VBox(10, what, why, buttons(back, close));
  }

  private static String name(Path file) {
    return file == null || file.getFileName() == null ? "" : file.getFileName().toString();
  }

}
