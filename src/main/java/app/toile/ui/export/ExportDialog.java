package app.toile.ui.export;

import app.toile.ui.base.Localization;
import app.toile.ui.export.ExportViewModel.Step;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

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
    GridPane grid = new GridPane();
    grid.getStyleClass().add("export-choices");
    ToggleGroup formats = new ToggleGroup();
    VBox formatBox = new VBox(4);
    for (String f : ExportViewModel.FORMATS) {
      RadioButton r = new RadioButton();
      r.textProperty().bind(l10n.ui("dialog.export.format." + f));
      r.setUserData(f);
      r.setToggleGroup(formats);
      r.getStyleClass().add("export-format-" + f);
      formatBox.getChildren().add(r);
    }
    formats.selectedToggleProperty().addListener((o, was, now) -> {
      if (now != null) {
        model.formatProperty().set((String) now.getUserData());
      }
    });
    model.formatProperty().addListener((o, was, now) -> select(formats, now));
    select(formats, model.formatProperty().get());

    ChoiceBox<String> paper = new ChoiceBox<>();
    paper.getItems().setAll(ExportViewModel.PAPERS);
    paper.setConverter(converter(p -> l10n.ui().get("dialog.export.paper." + p)));
    paper.valueProperty().bindBidirectional(model.paperProperty());
    paper.disableProperty().bind(model.paperAppliesProperty().not());
    paper.getStyleClass().add("export-paper");
    Label slides = hint("dialog.export.paper.slides");
    slides.visibleProperty().bind(model.paperAppliesProperty().not());
    slides.managedProperty().bind(slides.visibleProperty());

    ChoiceBox<Locale> language = new ChoiceBox<>();
    language.getItems().setAll(ExportViewModel.LANGUAGES);
    language.setConverter(converter(l -> l10n.ui().get("menu.language." + l.getLanguage())));
    language.valueProperty().bindBidirectional(model.languageProperty());
    language.getStyleClass().add("export-language");

    CheckBox canvas = check("dialog.export.include.canvas", null);
    canvas.setSelected(true);
    canvas.setDisable(true);
    VBox parts = new VBox(4, canvas,
        check("dialog.export.include.segments", model.segmentPagesProperty()),
        check("dialog.export.include.roadmap", model.roadmapProperty()),
        check("dialog.export.include.findings", model.findingsProperty()));
    for (Node n : parts.getChildren().subList(1, 4)) {
      n.disableProperty().bind(model.partsApplyProperty().not());
    }
    Label pngOnly = hint("dialog.export.include.png");
    pngOnly.visibleProperty().bind(model.partsApplyProperty().not());
    pngOnly.managedProperty().bind(pngOnly.visibleProperty());
    parts.getChildren().add(pngOnly);

    TextField file = new TextField();
    file.setEditable(false);
    file.getStyleClass().add("export-file");
    file.textProperty().bind(Bindings.createStringBinding(() -> model.targetProperty().get() == null
        ? l10n.ui().get("dialog.export.file.none") : model.targetProperty().get().toString(),
        model.targetProperty(), l10n.localeProperty()));
    HBox.setHgrow(file, Priority.ALWAYS);
    Button choose = button("dialog.export.choose", model::chooseTarget);
    choose.getStyleClass().add("export-choose");
    HBox fileRow = new HBox(6, file, choose);
    fileRow.setAlignment(Pos.CENTER_LEFT);

    row(grid, 0, "dialog.export.format", formatBox);
    row(grid, 1, "dialog.export.paper", new VBox(4, paper, slides));
    row(grid, 2, "dialog.export.language", language);
    row(grid, 3, "dialog.export.include", parts);
    row(grid, 4, "dialog.export.file", fileRow);

    run = button("dialog.export.run", model::export);
    run.setDefaultButton(true);
    run.getStyleClass().add("export-run");
    Button cancel = button("dialog.export.cancel", stage::hide);
    return new VBox(14, grid, buttons(run, cancel));
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

  private void row(GridPane grid, int row, String key, Node control) {
    Label label = new Label();
    label.textProperty().bind(l10n.ui(key));
    label.getStyleClass().add("export-label");
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.setLabelFor(control);
    GridPane.setValignment(label, javafx.geometry.VPos.TOP);
    grid.addRow(row, label, control);
    GridPane.setHgrow(control, Priority.ALWAYS);
  }

  private CheckBox check(String key, javafx.beans.property.BooleanProperty value) {
    CheckBox box = new CheckBox();
    box.textProperty().bind(l10n.ui(key));
    box.setMinWidth(Region.USE_PREF_SIZE);
    if (value != null) {
      box.selectedProperty().bindBidirectional(value);
    }
    return box;
  }

  private Label hint(String key) {
    Label hint = wrapped(l10n.ui(key));
    hint.getStyleClass().add("export-hint");
    return hint;
  }

  private static Label heading(ObservableValue<String> text) {
    Label l = wrapped(text);
    l.getStyleClass().add("export-heading");
    return l;
  }

  private static Label wrapped(ObservableValue<String> text) {
    Label l = new Label();
    l.textProperty().bind(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.setMaxWidth(520);
    return l;
  }

  private Button button(String key, Runnable action) {
    Button b = new Button();
    b.textProperty().bind(l10n.ui(key));
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static HBox buttons(Button... buttons) {
    HBox row = new HBox(8, buttons);
    row.setAlignment(Pos.CENTER_RIGHT);
    row.getStyleClass().add("export-buttons");
    return row;
  }

  private static void select(ToggleGroup group, String value) {
    group.getToggles().stream().filter(t -> t.getUserData().equals(value)).findFirst()
        .ifPresent(t -> t.setSelected(true));
  }

  private static String name(Path file) {
    return file == null || file.getFileName() == null ? "" : file.getFileName().toString();
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
