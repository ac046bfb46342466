package app.toile.ui.export;

import app.toile.ui.base.Localization;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The export dialog's first page: format (documents, then open formats), kind of document (working
 * or presentation, each with whom it is for), paper, language, parts and file, each bound to the
 * view model. A choice that does not apply to the format (the paper
 * of slides or of text, the parts of an image or of text) is greyed, with a line saying why; CSV
 * adds its byte-order mark.
 */
final class ExportForm {
  private final ExportViewModel model;
  private final Localization l10n;

  ExportForm(ExportViewModel model, Localization l10n) {
    this.model = model;
    this.l10n = l10n;
  }

  /** The choices, a label beside each, bound both ways to the view model. */
  GridPane grid() {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("export-choices");
    ToggleGroup formats = new ToggleGroup();
    VBox formatBox = new VBox(4);
    formatBox.getChildren().add(group("dialog.export.group.documents"));
    for (String f : ExportViewModel.DOCUMENTS) {
      formatBox.getChildren().add(radio(formats, "dialog.export.format.", "export-format", f));
    }
    formatBox.getChildren().add(group("dialog.export.group.open"));
    for (String f : ExportViewModel.OPEN_FORMATS) {
      formatBox.getChildren().add(radio(formats, "dialog.export.format.", "export-format", f));
    }
    CheckBox bom = check("dialog.export.byteOrderMark", model.byteOrderMarkProperty());
    bom.getStyleClass().add("export-bom");
    bom.visibleProperty().bind(model.byteOrderMarkAppliesProperty());
    bom.managedProperty().bind(bom.visibleProperty());
    formatBox.getChildren().add(bom);
    bind(formats, model.formatProperty());

    ChoiceBox<String> paper = new ChoiceBox<>();
    paper.getItems().setAll(ExportViewModel.PAPERS);
    paper.setConverter(converter(p -> l10n.ui().get("dialog.export.paper." + p)));
    paper.valueProperty().bindBidirectional(model.paperProperty());
    paper.disableProperty().bind(model.paperAppliesProperty().not());
    paper.getStyleClass().add("export-paper");
    Label slides = reason(model.paperReasonProperty());
    slides.visibleProperty().bind(model.paperAppliesProperty().not());
    slides.managedProperty().bind(slides.visibleProperty());

    ChoiceBox<Locale> language = new ChoiceBox<>();
    language.getItems().setAll(ExportViewModel.LANGUAGES);
    language.setConverter(converter(l -> l10n.ui().get("menu.language." + l.getLanguage())));
    language.valueProperty().bindBidirectional(model.languageProperty());
    language.getStyleClass().add("export-language");

    VBox modes = modes();

    CheckBox canvas = check("dialog.export.include.canvas", null);
    canvas.setSelected(true);
    canvas.setDisable(true);
    VBox parts = new VBox(4, canvas,
        check("dialog.export.include.segments", model.segmentPagesProperty()),
        check("dialog.export.include.roadmap", model.roadmapProperty()),
        check("dialog.export.include.findings", model.findingsProperty()));
    for (Node n : parts.getChildren().subList(1, 3)) {
      n.disableProperty().bind(model.partsApplyProperty().not());
    }
    parts.getChildren().get(3).disableProperty().bind(model.findingsApplyProperty().not());
    Label pngOnly = reason(model.partsReasonProperty());
    pngOnly.visibleProperty().bind(model.partsApplyProperty().not());
    pngOnly.managedProperty().bind(pngOnly.visibleProperty());
    Label noFindings = reason(model.findingsReasonProperty());
    noFindings.visibleProperty().bind(
        model.partsApplyProperty().and(model.findingsApplyProperty().not()));
    noFindings.managedProperty().bind(noFindings.visibleProperty());
    noFindings.getStyleClass().add("export-findings-reason");
    parts.getChildren().addAll(pngOnly, noFindings);

    TextField file = new TextField();
    file.setEditable(false);
    file.getStyleClass().add("export-file");
    file.textProperty().bind(Bindings.createStringBinding(() -> model.targetProperty().get() == null
        ? l10n.ui().get("dialog.export.file.none") : model.targetProperty().get().toString(),
        model.targetProperty(), l10n.localeProperty()));
    HBox.setHgrow(file, Priority.ALWAYS);
    Button choose = ExportControls.button(l10n, "dialog.export.choose", model::chooseTarget);
    choose.getStyleClass().add("export-choose");
    HBox fileRow = new HBox(6, file, choose);
    fileRow.setAlignment(Pos.CENTER_LEFT);

    row(grid, 0, "dialog.export.format", formatBox);
    row(grid, 1, "dialog.export.mode", modes);
    row(grid, 2, "dialog.export.paper", new VBox(4, paper, slides));
    row(grid, 3, "dialog.export.language", language);
    row(grid, 4, "dialog.export.include", parts);
    row(grid, 5, "dialog.export.file", fileRow);

    return grid;
  }

  /**
   * The two kinds of document, each with a line saying whom it is for; greyed for the open
   * formats, with the reason.
   */
  private VBox modes() {
    ToggleGroup group = new ToggleGroup();
    VBox box = new VBox(2);
    for (String m : ExportViewModel.MODES) {
      RadioButton r = radio(group, "dialog.export.mode.", "export-mode", m);
      Label help = ExportControls.wrapped(l10n.ui("dialog.export.mode." + m + ".help"));
      help.getStyleClass().addAll("export-hint", "export-mode-help");
      help.setPadding(new Insets(0, 0, 4, 22));
      box.getChildren().addAll(r, help);
    }
    box.disableProperty().bind(model.modeAppliesProperty().not());
    bind(group, model.modeProperty());
    Label text = reason(new SimpleStringProperty("dialog.export.mode.text"));
    text.visibleProperty().bind(model.modeAppliesProperty().not());
    text.managedProperty().bind(text.visibleProperty());
    return new VBox(4, box, text);
  }

  /** A choice of a group: its text from {@code keyPrefix + value}, its style classes. */
  private RadioButton radio(ToggleGroup group, String keyPrefix, String style, String value) {
    RadioButton r = new RadioButton();
    r.textProperty().bind(l10n.ui(keyPrefix + value));
    r.setUserData(value);
    r.setToggleGroup(group);
    r.setMinWidth(Region.USE_PREF_SIZE);
    r.getStyleClass().addAll(style, style + "-" + value);
    return r;
  }

  /** The group's choice and the view model's value, each following the other. */
  private static void bind(ToggleGroup group, StringProperty value) {
    group.selectedToggleProperty().addListener((o, was, now) -> {
      if (now != null) {
        value.set((String) now.getUserData());
      }
    });
    value.addListener((o, was, now) -> select(group, now));
    select(group, value.get());
  }

  /** The small heading of a family of formats. */
  private Label group(String key) {
    Label l = new Label();
    l.textProperty().bind(l10n.ui(key));
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.getStyleClass().add("export-group");
    return l;
  }

  /** The line saying why a choice does not apply, from the bundle key the view model gives. */
  private Label reason(ObservableValue<String> key) {
    Label hint = ExportControls.wrapped(Bindings.createStringBinding(
        () -> key.getValue() == null || key.getValue().isEmpty() ? ""
            : l10n.ui().get(key.getValue()), key, l10n.localeProperty()));
    hint.getStyleClass().add("export-hint");
    return hint;
  }

  private void row(GridPane grid, int row, String key, Node control) {
    Label label = new Label();
    label.textProperty().bind(l10n.ui(key));
    label.getStyleClass().add("export-label");
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.setLabelFor(control);
    GridPane.setValignment(label, VPos.TOP);
    grid.addRow(row, label, control);
    GridPane.setHgrow(control, Priority.ALWAYS);
  }

  private CheckBox check(String key, BooleanProperty value) {
    CheckBox box = new CheckBox();
    box.textProperty().bind(l10n.ui(key));
    box.setMinWidth(Region.USE_PREF_SIZE);
    if (value != null) {
      box.selectedProperty().bindBidirectional(value);
    }
    return box;
  }

  private static void select(ToggleGroup group, String value) {
    group.getToggles().stream().filter(t -> t.getUserData().equals(value)).findFirst()
        .ifPresent(t -> t.setSelected(true));
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
