package app.toile.ui.market;

import app.toile.model.MarketDomain;
import app.toile.model.SegmentStrategy;
import app.toile.ui.base.Localization;
import app.toile.ui.market.MarketViewModel.Field;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The market and the segment strategy of the canvas, with a one-line explanation of the chosen
 * strategy. Texts and numbers are written on Enter or when the field is left.
 */
public final class MarketPanel extends ScrollPane {
  private final MarketViewModel vm;
  private final Localization l10n;
  private final List<Runnable> refreshers = new ArrayList<>();
  private final GridPane form = new GridPane();

  public MarketPanel(MarketViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
    getStyleClass().addAll("market-panel", "edge-to-edge");
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    form.getStyleClass().add("field-form");
    form.setHgap(8);
    form.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setPercentWidth(36);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, fields);

    // The two choices take the whole width under their label: their names are long in French.
    wideRow("strategy", choice(MarketViewModel.STRATEGY, SegmentStrategy.values(), "strategy"));
    Label help = new Label();
    help.setMinWidth(0);
    help.setMaxWidth(Double.MAX_VALUE);
    help.setId("strategy-help");
    help.getStyleClass().add("strategy-help");
    help.setWrapText(true);
    refreshers.add(() -> help.setText(vm.value(MarketViewModel.STRATEGY) == null ? ""
        : l10n.labels().get("strategy." + vm.value(MarketViewModel.STRATEGY).name() + ".help")));
    form.add(help, 0, form.getRowCount(), 2, 1);
    wideRow("market.domain", choice(MarketViewModel.DOMAIN, MarketDomain.values(), "marketDomain"));
    Label target = new Label();
    target.textProperty().bind(l10n.label("market.target"));
    target.getStyleClass().add("form-heading");
    form.add(target, 0, form.getRowCount(), 2, 1);
    row("demographic.ageMin", text(MarketViewModel.AGE_MIN));
    row("demographic.ageMax", text(MarketViewModel.AGE_MAX));
    row("demographic.familySituation", text(MarketViewModel.FAMILY));
    row("psychographic.lifestyle", text(MarketViewModel.LIFESTYLE));
    row("market.financialMeans", text(MarketViewModel.MEANS));

    VBox content = new VBox(8, form);
    content.setPadding(new javafx.geometry.Insets(10));
    setContent(content);
    vm.canvasProperty().addListener((o, was, now) -> refresh());
    l10n.localeProperty().addListener((o, was, now) -> refresh());
    refresh();
  }

  private void refresh() {
    refreshers.forEach(Runnable::run);
  }

  private void wideRow(String labelKey, javafx.scene.control.Control control) {
    Label l = new Label();
    l.textProperty().bind(l10n.label(labelKey));
    l.setLabelFor(control);
    l.setWrapText(true);
    int r = form.getRowCount();
    form.add(l, 0, r, 2, 1);
    form.add(control, 0, r + 1, 2, 1);
    control.setMaxWidth(Double.MAX_VALUE);
  }

  private void row(String labelKey, javafx.scene.Node control) {
    Label l = new Label();
    l.textProperty().bind(l10n.label(labelKey));
    l.setLabelFor(control);
    l.setWrapText(true);
    form.addRow(form.getRowCount(), l, control);
    // Fields share the panel's width rather than widen it past the window.
    if (control instanceof javafx.scene.layout.Region r) {
      r.setMinWidth(0);
      r.setPrefWidth(120);
      r.setMaxWidth(Double.MAX_VALUE);
    }
  }

  private <E extends Enum<E>> ComboBox<E> choice(Field<E> field, E[] values, String prefix) {
    ComboBox<E> box = new ComboBox<>();
    box.setId("market-" + field.path().replace('.', '-'));
    box.getItems().add(null);
    box.getItems().addAll(values);
    box.setMaxWidth(Double.MAX_VALUE);
    box.setCellFactory(v -> new EnumCell<>(prefix));
    box.setButtonCell(new EnumCell<>(prefix));
    boolean[] updating = {false};
    refreshers.add(() -> {
      updating[0] = true;
      box.setValue(null);
      box.setValue(vm.value(field));
      box.setButtonCell(new EnumCell<>(prefix));
      updating[0] = false;
    });
    box.valueProperty().addListener((o, was, now) -> {
      if (!updating[0]) {
        vm.set(field, now);
      }
    });
    return box;
  }

  private <T> TextField text(Field<T> field) {
    TextField t = new TextField();
    t.setId("market-" + field.path().replace('.', '-'));
    t.promptTextProperty().bind(l10n.label("unset"));
    refreshers.add(() -> {
      if (!t.isFocused()) {
        T v = vm.value(field);
        t.setText(v == null ? "" : String.valueOf(v));
      }
    });
    Runnable commit = () -> {
      String s = t.getText() == null ? "" : t.getText().strip();
      if (field.type() == Integer.class) {
        try {
          @SuppressWarnings("unchecked")
          Field<Integer> f = (Field<Integer>) field;
          vm.set(f, s.isEmpty() ? null : Integer.valueOf(s));
        } catch (NumberFormatException e) {
          refresh();
        }
      } else {
        @SuppressWarnings("unchecked")
        Field<String> f = (Field<String>) field;
        vm.set(f, s);
      }
    };
    t.setOnAction(e -> commit.run());
    t.focusedProperty().addListener((o, was, now) -> {
      if (!now) {
        commit.run();
      }
    });
    return t;
  }

  private final class EnumCell<E extends Enum<E>> extends ListCell<E> {
    private final String prefix;

    EnumCell(String prefix) {
      this.prefix = prefix;
    }

    @Override
    protected void updateItem(E item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item == null ? l10n.labels().get("unset")
          : l10n.labels().get(prefix + "." + item.name()));
    }
  }
}
