package app.toile.ui.canvas;

import app.toile.model.Header;
import app.toile.ui.base.FieldWidth;
import app.toile.ui.base.Localization;
import app.toile.ui.canvas.HeaderViewModel.Field;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;

/**
 * The canvas header, editable in place: title, designed for, designed by, date and version.
 * A field's change becomes one command when the user presses Enter or leaves the field; Esc puts
 * back the value the canvas holds. Each field is as wide as its value, so that none is cut; when
 * they do not fit on one line beside the title, they go to the next.
 */
public final class HeaderView extends FlowPane {
  private final HeaderViewModel vm;
  private final Map<Field, TextField> texts = new EnumMap<>(Field.class);
  private final DatePicker date = new DatePicker();

  public HeaderView(HeaderViewModel vm, Localization l10n) {
    this.vm = vm;
    getStyleClass().add("canvas-header");
    setAlignment(Pos.BOTTOM_LEFT);
    setHgap(12);
    setVgap(4);
    TextField title = field(Field.TITLE, l10n, "canvas.untitled");
    title.getStyleClass().add("canvas-title");
    FieldWidth.fit(title, title, 200, 1400, 0);
    // A title longer than the whole line scrolls in its field.
    title.maxWidthProperty().bind(widthProperty());
    getChildren().add(title);
    getChildren().add(labelled(field(Field.DESIGNED_FOR, l10n, "header.designedFor"), "header.designedFor", l10n, 120));
    getChildren().add(labelled(field(Field.DESIGNED_BY, l10n, "header.designedBy"), "header.designedBy", l10n, 120));
    date.promptTextProperty().bind(l10n.ui("header.datePrompt"));
    date.setConverter(new LocalDateStringConverter(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l10n.locale()), null));
    // Dates read in the editor's language, not the system's: switch with it.
    l10n.localeProperty().addListener((o, was, now) -> {
      LocalDate d = date.getValue();
      date.setConverter(new LocalDateStringConverter(
          DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(now), null));
      date.getEditor().setText(date.getConverter().toString(d));
    });
    date.setOnAction(e -> vm.editDate(date.getValue()));
    date.getEditor().focusedProperty().addListener((o, was, now) -> {
      if (!now) {
        commitDate();
      }
    });
    // The arrow button beside the date's text.
    FieldWidth.fit(date, date.getEditor(), 110, 260, 34);
    getChildren().add(labelled(date, "header.date", l10n, 0));
    getChildren().add(labelled(field(Field.VERSION, l10n, "header.version"), "header.version", l10n, 60));
    vm.canvasProperty().addListener((o, was, now) -> {
      if (!Objects.equals(was == null ? null : was.header(), now.header())) {
        show(now.header());
      }
    });
    show(vm.header());
  }

  private TextField field(Field f, Localization l10n, String promptKey) {
    TextField t = new TextField();
    t.promptTextProperty().bind(l10n.label(promptKey));
    t.accessibleTextProperty().bind(l10n.label(promptKey));
    t.setOnAction(e -> vm.edit(f, t.getText()));
    t.focusedProperty().addListener((o, was, now) -> {
      if (!now) {
        vm.edit(f, t.getText());
      }
    });
    t.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        t.setText(HeaderViewModel.text(f, vm.header()));
        e.consume();
      }
    });
    texts.put(f, t);
    return t;
  }

  private static VBox labelled(javafx.scene.control.Control control, String key, Localization l10n,
      double width) {
    Label label = new Label();
    label.textProperty().bind(l10n.label(key));
    label.getStyleClass().add("header-label");
    label.setLabelFor(control);
    label.setMinWidth(Label.USE_PREF_SIZE);
    if (control instanceof TextField t) {
      FieldWidth.fit(t, t, width, 420, 0);
    }
    return new VBox(2, label, control);
  }

  private void commitDate() {
    try {
      LocalDate d = date.getConverter().fromString(date.getEditor().getText());
      vm.editDate(d);
    } catch (RuntimeException e) {
      // An unreadable date is put back to the canvas's own, rather than guessed.
      date.getEditor().setText(date.getConverter().toString(vm.header().date()));
    }
  }

  private void show(Header h) {
    texts.forEach((f, t) -> {
      String v = HeaderViewModel.text(f, h);
      if (!t.getText().equals(v)) {
        t.setText(v);
      }
    });
    if (!Objects.equals(date.getValue(), h.date())) {
      date.setValue(h.date());
    }
  }
}
