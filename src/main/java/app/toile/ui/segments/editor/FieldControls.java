package app.toile.ui.segments.editor;

import app.toile.ui.base.WordFit;
import app.toile.model.CustomerSegment;
import app.toile.ui.base.Localization;
import app.toile.ui.base.SegmentField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * Makes the controls of segment fields and keeps them in step with the selected segment. Text is
 * written when the field loses focus or on Enter (Ctrl+Enter in a multi-line text), so typing makes
 * one undoable edit, not one per keystroke (the name, which the card shows, is written at each key,
 * all of them one undoable edit); it is written to the segment it was typed for, even if
 * the selection moved meanwhile. Every control is registered by field path, for decorations and for
 * findings that focus a field.
 */
public final class FieldControls {
  private final SegmentEditorViewModel vm;
  private final Localization l10n;
  private final Map<String, Control> byPath = new LinkedHashMap<>();
  private final List<Runnable> refreshers = new ArrayList<>();

  public FieldControls(SegmentEditorViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
    vm.segmentProperty().addListener((o, was, now) -> {
      if (now != null) {
        refresh();
      }
    });
  }

  /** Fills every control from the selected segment, if one is selected. */
  public void refresh() {
    if (vm.segment() != null) {
      refreshers.forEach(Runnable::run);
    }
  }

  /** The controls by field path, in the order they were made. */
  public Map<String, Control> byPath() {
    return byPath;
  }

  public Localization l10n() {
    return l10n;
  }

  public SegmentEditorViewModel viewModel() {
    return vm;
  }

  /** Registers a control made elsewhere, and what to run when the segment changes. */
  public void register(String path, Control control, Runnable refresh) {
    byPath.put(path, control);
    control.setId(idOf(path));
    refreshers.add(refresh);
  }

  /** The node id of a field's control, as tests look it up: {@code field-evaluation-painDepth}. */
  public static String idOf(String path) {
    return "field-" + path.replace('.', '-');
  }

  /** A one-line text field. */
  public TextField text(SegmentField<String> field) {
    TextField t = new TextField();
    bindText(t, field, Function.identity(), Function.identity());
    t.setOnAction(e -> commit(t, field, Function.identity()));
    return t;
  }

  /**
   * A one-line text written as it is typed, so that whatever shows the field (the segment's card)
   * follows each key; all that is typed while the field has the focus is one step to undo.
   */
  public TextField liveText(SegmentField<String> field) {
    TextField t = new TextField();
    FieldText<String> binding = new FieldText<>(this, t, field, Function.identity(),
        Function.identity());
    t.promptTextProperty().bind(l10n.label("unset"));
    binding.typeLive(field);
    t.setOnAction(e -> binding.commitTyped());
    return t;
  }

  /** A multi-line text: Ctrl+Enter or leaving it keeps the text. */
  public TextArea area(SegmentField<String> field, int rows) {
    TextArea t = new TextArea();
    t.setWrapText(true);
    t.setPrefRowCount(rows);
    bindText(t, field, Function.identity(), Function.identity());
    t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
        commit(t, field, Function.identity());
        e.consume();
      }
    });
    return t;
  }

  /** A number field: empty unsets it; text that is not a number goes back to the saved value. */
  public <T extends Number> TextField number(SegmentField<T> field) {
    TextField t = new TextField();
    t.getStyleClass().add("number-field");
    Function<String, T> parse = s -> NumberEntry.parse(field.type(), s, vm::holdsAmount);
    bindText(t, field, parse, NumberEntry::format);
    // A dash says "no number yet" in a field too narrow for the words (an age, a budget).
    t.promptTextProperty().unbind();
    t.setPromptText(UNSET_NUMBER);
    t.setOnAction(e -> commit(t, field, parse));
    return t;
  }

  /** A check box: ticked is true, unticked unset (the checklist has no explicit "no"). */
  public CheckBox check(SegmentField<Boolean> field) {
    CheckBox c = new CheckBox();
    c.textProperty().bind(l10n.label(field.labelKey()));
    c.setWrapText(true);
    c.setMinHeight(CheckBox.USE_PREF_SIZE);
    register(field.path(), c, () -> c.setSelected(Boolean.TRUE.equals(vm.value(field))));
    c.setOnAction(e -> vm.set(field, c.isSelected() ? Boolean.TRUE : null));
    return c;
  }

  /** A drop-down of values with "Not set" first. */
  public <T> ComboBox<Choice<T>> choice(SegmentField<T> field, List<Choice<T>> values) {
    List<Choice<T>> items = new ArrayList<>();
    items.add(new Choice<>(null, "unset"));
    items.addAll(values);
    ComboBox<Choice<T>> box = new ComboBox<>();
    box.getItems().setAll(items);
    box.setMaxWidth(Double.MAX_VALUE);
    box.setCellFactory(v -> new ChoiceCell<>());
    box.setButtonCell(new ChoiceCell<>());
    l10n.localeProperty().addListener((o, was, now) -> {
      box.setButtonCell(new ChoiceCell<>());
    });
    register(field.path(), box, () -> {
      T v = vm.value(field);
      box.setValue(items.stream().filter(c -> Objects.equals(c.value(), v)).findFirst()
          .orElse(items.get(0)));
    });
    // Showing a segment's own value sets it again, which the view model records as no edit.
    box.valueProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.set(field, now.value());
      }
    });
    return box;
  }

  /** A label that follows the language, for a field's row. */
  public Label label(String labelKey) {
    Label l = new Label();
    l.textProperty().bind(l10n.label(labelKey));
    l.getStyleClass().add("field-label");
    l.setWrapText(true);
    // A long word ("Comportement") in the narrow label column: smaller type, not a broken word.
    WordFit.install(l);
    return l;
  }

  /** A two-column form: labels on the left, controls stretching on the right. */
  /** The hint of an empty number field. */
  static final String UNSET_NUMBER = "\u2013";

  public static GridPane form() {
    GridPane g = new GridPane();
    g.getStyleClass().add("field-form");
    g.setHgap(8);
    g.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setHalignment(HPos.LEFT);
    labels.setPercentWidth(34);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setFillWidth(true);
    g.getColumnConstraints().addAll(labels, fields);
    return g;
  }

  /**
   * Adds a control as wide as the form under its label: a row of choices whose words need the
   * width (people, businesses, both).
   */
  public void wideRow(GridPane form, String labelKey, Node control) {
    int r = form.getRowCount();
    Label l = label(labelKey);
    l.setLabelFor(control);
    form.add(l, 0, r, 2, 1);
    form.add(control, 0, r + 1, 2, 1);
    if (control instanceof Region region && !(control instanceof SegmentedButton)) {
      region.setMinWidth(0);
      region.setPrefWidth(120);
      region.setMaxWidth(Double.MAX_VALUE);
    }
  }

  /** Adds a labelled row to a form. */
  public void row(GridPane form, String labelKey, Node control) {
    int r = form.getRowCount();
    Label l = label(labelKey);
    l.setLabelFor(control);
    form.addRow(r, l, control);
    GridPane.setHgrow(control, Priority.ALWAYS);
    // Fields share the panel's width rather than widen it past the window.
    if (control instanceof Region region && !(control instanceof SegmentedButton)) {
      region.setMinWidth(0);
      region.setPrefWidth(120);
      region.setMaxWidth(Double.MAX_VALUE);
    }
  }

  private <T> void bindText(TextInputControl t, SegmentField<T> field, Function<String, T> parse,
      Function<? super T, String> format) {
    new FieldText<>(this, t, field, parse, format);
    t.promptTextProperty().bind(l10n.label("unset"));
  }

  private <T> void commit(TextInputControl t, SegmentField<T> field, Function<String, T> parse) {
    if (vm.segment() != null) {
      commit(t, field, parse, vm.segment().id());
    }
  }

  /** Writes a control's text to a field of a segment; text that does not parse shows the kept value. */
  <T> void commit(TextInputControl t, SegmentField<T> field, Function<String, T> parse,
      String segmentId) {
    String text = t.getText() == null ? "" : t.getText();
    T v;
    try {
      v = text.isBlank() ? null : parse.apply(text.strip());
    } catch (NumberFormatException e) {
      // Not a number: show the value that is kept rather than write something half-typed.
      refreshers.forEach(Runnable::run);
      return;
    }
    vm.set(segmentId, field, v);
  }

  /** One value of a drop-down, with the key of its label; a null value is "Not set". */
  public record Choice<T>(T value, String labelKey) {}

  private final class ChoiceCell<T> extends ListCell<Choice<T>> {
    @Override
    protected void updateItem(Choice<T> item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : l10n.labels().get(item.labelKey()));
    }
  }
}
