package app.toile.ui.segments.editor;

import app.toile.model.SegmentStatus;
import app.toile.ui.base.SegmentFields;
import app.toile.ui.segments.editor.FieldControls.Choice;
import java.util.Arrays;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The segment's place in the conquest plan, its customers won, checklist and four levers. */
final class ConquestSection {
  private ConquestSection() {}

  static VBox build(FieldControls fc) {
    GridPane form = FieldControls.form();
    fc.row(form, SegmentFields.STATUS.labelKey(), fc.choice(SegmentFields.STATUS,
        Arrays.stream(SegmentStatus.values()).map(s -> new Choice<>(s, "status." + s.name()))
            .toList()));
    fc.row(form, SegmentFields.CUSTOMER_COUNT.labelKey(),
        fc.number(SegmentFields.CUSTOMER_COUNT));
    GridPane levers = FieldControls.form();
    SegmentFields.LEVERS.forEach(f -> fc.row(levers, f.labelKey(), fc.area(f, 2)));
    return new VBox(6, form, fc.check(SegmentFields.PRODUCT_MARKET_FIT),
        fc.check(SegmentFields.RETENTION_WORKED), levers);
  }
}
