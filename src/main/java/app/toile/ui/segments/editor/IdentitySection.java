package app.toile.ui.segments.editor;

import app.toile.model.CustomerKind;
import app.toile.ui.base.SegmentFields;
import java.util.Locale;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.controlsfx.control.SegmentedButton;

/** Name, description, chip colour and customer kind of a segment. */
final class IdentitySection {
  private IdentitySection() {}

  static GridPane build(FieldControls fc) {
    GridPane form = FieldControls.form();
    // The card, the roadmap and the guide show the name as it is typed.
    fc.row(form, SegmentFields.NAME.labelKey(), fc.liveText(SegmentFields.NAME));
    fc.wideRow(form, SegmentFields.DESCRIPTION.labelKey(), fc.area(SegmentFields.DESCRIPTION, 2));
    fc.row(form, SegmentFields.COLOUR.labelKey(), colour(fc));
    fc.wideRow(form, SegmentFields.CUSTOMER_KIND.labelKey(), customerKind(fc));
    return form;
  }

  /** The chip colour: the palette, or any colour through "Custom colour". */
  private static ColorPicker colour(FieldControls fc) {
    ColorPicker picker = new ColorPicker();
    picker.setMaxWidth(Double.MAX_VALUE);
    boolean[] updating = {false};
    fc.register(SegmentFields.COLOUR.path(), picker, () -> {
      updating[0] = true;
      String c = fc.viewModel().value(SegmentFields.COLOUR);
      picker.setValue(c == null ? Color.GRAY : parse(c));
      updating[0] = false;
    });
    picker.valueProperty().addListener((o, was, now) -> {
      if (!updating[0] && now != null) {
        fc.viewModel().set(SegmentFields.COLOUR, hex(now));
      }
    });
    return picker;
  }

  private static Color parse(String hex) {
    try {
      return Color.web(hex);
    } catch (IllegalArgumentException e) {
      return Color.GRAY;
    }
  }

  /** {@code #RRGGBB}, the form the file keeps. */
  static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
  }

  /** People, businesses or both; pressing the selected one again unsets it. */
  private static SegmentedButton customerKind(FieldControls fc) {
    SegmentedButton group = new SegmentedButton();
    for (CustomerKind k : CustomerKind.values()) {
      ToggleButton b = new ToggleButton();
      b.textProperty().bind(fc.l10n().label("customerKind." + k.name()));
      b.setUserData(k);
      b.setMinWidth(ToggleButton.USE_PREF_SIZE);
      b.setTooltip(new Tooltip());
      b.getTooltip().textProperty().bind(fc.l10n().label("customerKind." + k.name()));
      group.getButtons().add(b);
    }
    boolean[] updating = {false};
    fc.register(SegmentFields.CUSTOMER_KIND.path(), group, () -> {
      updating[0] = true;
      CustomerKind k = fc.viewModel().value(SegmentFields.CUSTOMER_KIND);
      group.getButtons().forEach(b -> b.setSelected(b.getUserData() == k));
      updating[0] = false;
    });
    group.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
      if (!updating[0]) {
        fc.viewModel().set(SegmentFields.CUSTOMER_KIND,
            now == null ? null : (CustomerKind) now.getUserData());
      }
    });
    return group;
  }
}
