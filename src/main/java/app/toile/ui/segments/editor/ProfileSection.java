package app.toile.ui.segments.editor;

import app.toile.model.AreaType;
import app.toile.ui.base.SegmentFields;
import app.toile.ui.segments.editor.FieldControls.Choice;
import java.util.Arrays;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;

/** The three bases of a segment's profile: demographic, geographic, psychographic. */
final class ProfileSection {
  static final int MAX_AGE = 120;

  private ProfileSection() {}

  static VBox build(FieldControls fc) {
    GridPane demographic = FieldControls.form();
    fc.row(demographic, "demographic.age", ages(fc));
    SegmentFields.DEMOGRAPHIC_TEXTS.forEach(f -> fc.row(demographic, f.labelKey(), fc.text(f)));

    GridPane geographic = FieldControls.form();
    SegmentFields.GEOGRAPHIC_TEXTS.forEach(f -> fc.row(geographic, f.labelKey(), fc.text(f)));
    fc.row(geographic, SegmentFields.AREA_TYPE.labelKey(), fc.choice(SegmentFields.AREA_TYPE,
        Arrays.stream(AreaType.values()).map(a -> new Choice<>(a, "areaType." + a.name())).toList()));

    GridPane psychographic = FieldControls.form();
    SegmentFields.PSYCHOGRAPHIC_TEXTS.forEach(f -> fc.row(psychographic, f.labelKey(), fc.text(f)));

    return new VBox(6, heading(fc, "segment.demographic"), demographic,
        heading(fc, "segment.geographic"), geographic,
        heading(fc, "segment.psychographic"), psychographic);
  }

  private static Label heading(FieldControls fc, String key) {
    Label l = fc.label(key);
    l.getStyleClass().setAll("label", "form-heading");
    return l;
  }

  /**
   * The age range: a slider with two thumbs for a quick pick, and two number fields for an exact
   * value. Releasing a thumb writes both ages as one edit.
   */
  private static VBox ages(FieldControls fc) {
    TextField min = fc.number(SegmentFields.AGE_MIN);
    TextField max = fc.number(SegmentFields.AGE_MAX);
    min.setPrefColumnCount(4);
    max.setPrefColumnCount(4);
    Label dash = new Label("\u2013");
    HBox fields = new HBox(6, min, dash, max);
    fields.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    HBox.setHgrow(min, Priority.ALWAYS);
    HBox.setHgrow(max, Priority.ALWAYS);
    RangeSlider slider = new RangeSlider(0, MAX_AGE, 0, MAX_AGE);
    slider.setId("field-ages");
    slider.setMajorTickUnit(20);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    slider.setBlockIncrement(1);
    slider.setSnapToTicks(false);
    boolean[] updating = {false};
    Runnable refresh = () -> {
      updating[0] = true;
      Integer lo = fc.viewModel().value(SegmentFields.AGE_MIN);
      Integer hi = fc.viewModel().value(SegmentFields.AGE_MAX);
      slider.setHighValue(MAX_AGE);
      slider.setLowValue(clamp(lo, 0));
      slider.setHighValue(Math.max(clamp(hi, MAX_AGE), slider.getLowValue()));
      updating[0] = false;
    };
    fc.register("profile.demographic.ages", slider, refresh);
    Runnable write = () -> {
      if (!updating[0] && !slider.isLowValueChanging() && !slider.isHighValueChanging()) {
        fc.viewModel().setAgeRange((int) Math.round(slider.getLowValue()),
            (int) Math.round(slider.getHighValue()));
      }
    };
    slider.lowValueChangingProperty().addListener((o, was, now) -> write.run());
    slider.highValueChangingProperty().addListener((o, was, now) -> write.run());
    // Keyboard moves of a thumb change the value without a "changing" phase.
    slider.lowValueProperty().addListener((o, was, now) -> write.run());
    slider.highValueProperty().addListener((o, was, now) -> write.run());
    return new VBox(4, fields, slider);
  }

  private static double clamp(Integer age, int unset) {
    return age == null ? unset : Math.max(0, Math.min(MAX_AGE, age));
  }
}
