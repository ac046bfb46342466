package app.toile.ui.segments.editor;

import app.toile.ui.base.SegmentFields;
import javafx.scene.layout.GridPane;

/** The optional empathy map: what a typical customer says, thinks, does, feels; pains, gains. */
final class EmpathySection {
  private EmpathySection() {}

  static GridPane build(FieldControls fc) {
    GridPane form = FieldControls.form();
    SegmentFields.EMPATHY.forEach(f -> fc.row(form, f.labelKey(), fc.area(f, 2)));
    return form;
  }
}
