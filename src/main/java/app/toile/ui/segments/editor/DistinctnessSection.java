package app.toile.ui.segments.editor;

import app.toile.model.Level;
import app.toile.ui.base.SegmentFields;
import app.toile.ui.segments.editor.FieldControls.Choice;
import java.util.List;
import javafx.scene.layout.GridPane;

/** What makes the segment separate: channel, relationship, profitability, own version. */
final class DistinctnessSection {
  private DistinctnessSection() {}

  static GridPane build(FieldControls fc) {
    GridPane form = FieldControls.form();
    fc.row(form, SegmentFields.CHANNEL.labelKey(), fc.text(SegmentFields.CHANNEL));
    fc.row(form, SegmentFields.RELATIONSHIP.labelKey(), fc.text(SegmentFields.RELATIONSHIP));
    fc.row(form, SegmentFields.PROFITABILITY.labelKey(),
        fc.choice(SegmentFields.PROFITABILITY, levels()));
    fc.row(form, SegmentFields.PAYS_FOR_OWN_VERSION.labelKey(),
        fc.choice(SegmentFields.PAYS_FOR_OWN_VERSION,
            List.of(new Choice<>(Boolean.TRUE, "yes"), new Choice<>(Boolean.FALSE, "no"))));
    return form;
  }

  /** Low, medium, high. */
  static List<Choice<Level>> levels() {
    return List.of(Level.values()).stream().map(l -> new Choice<>(l, "level." + l.name())).toList();
  }
}
