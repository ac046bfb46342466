package app.toile.ui.segments.editor;

import app.toile.ui.base.Icons;
import app.toile.ui.base.SegmentField;
import app.toile.ui.base.SegmentFields;
import java.text.NumberFormat;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;
import org.kordamp.ikonli.feather.Feather;

/**
 * The five scores as star ratings, each with a button that clears it back to unset, the estimates
 * behind them, and the attractiveness they give, updated as the scores change.
 */
final class EvaluationSection {
  private EvaluationSection() {}

  static VBox build(FieldControls fc) {
    GridPane scores = FieldControls.form();
    for (SegmentField<Integer> f : SegmentFields.SCORES) {
      fc.row(scores, f.labelKey(), rating(fc, f));
    }
    Label attractiveness = new Label();
    attractiveness.setId("attractiveness");
    attractiveness.getStyleClass().add("attractiveness");
    Runnable show = () -> attractiveness.setText(fc.l10n().labels().get("field.value",
        fc.l10n().labels().get("segment.attractiveness"),
        fc.viewModel().attractiveness().stream().mapToObj(a -> format(fc, a)).findFirst()
            .orElse("\u2014")));
    fc.viewModel().segmentProperty().addListener((o, was, now) -> {
      if (now != null) {
        show.run();
      }
    });
    fc.l10n().localeProperty().addListener((o, was, now) -> show.run());
    show.run();

    GridPane estimates = FieldControls.form();
    TextField amount = fc.number(SegmentFields.BUDGET_AMOUNT);
    TextField currency = fc.text(SegmentFields.BUDGET_CURRENCY);
    currency.setPrefColumnCount(3);
    currency.promptTextProperty().unbind();
    currency.setPromptText(FieldControls.UNSET_NUMBER);
    currency.setMinWidth(68);
    currency.setMaxWidth(80);
    HBox budget = new HBox(6, amount, currency);
    HBox.setHgrow(amount, Priority.ALWAYS);
    fc.row(estimates, SegmentFields.BUDGET_AMOUNT.labelKey(), budget);
    fc.row(estimates, SegmentFields.ESTIMATED_CUSTOMERS.labelKey(),
        fc.number(SegmentFields.ESTIMATED_CUSTOMERS));
    fc.row(estimates, SegmentFields.MARKET_SHARE.labelKey(), fc.number(SegmentFields.MARKET_SHARE));
    fc.row(estimates, SegmentFields.ESTIMATE_CONFIDENCE.labelKey(),
        fc.choice(SegmentFields.ESTIMATE_CONFIDENCE, DistinctnessSection.levels()));
    fc.row(estimates, SegmentFields.ESTIMATE_SOURCE.labelKey(),
        fc.text(SegmentFields.ESTIMATE_SOURCE));
    return new VBox(8, scores, attractiveness, estimates);
  }

  private static String format(FieldControls fc, double a) {
    NumberFormat nf = NumberFormat.getNumberInstance(fc.l10n().locale());
    nf.setMaximumFractionDigits(1);
    nf.setMinimumFractionDigits(1);
    return nf.format(a) + " / 5";
  }

  /** One score: 1 to 5 stars; the ✕ button unsets it (no star is not a score of 0). */
  private static HBox rating(FieldControls fc, SegmentField<Integer> field) {
    Rating rating = new Rating(5);
    rating.setPartialRating(false);
    rating.setUpdateOnHover(false);
    Button clear = new Button(null, Icons.of(Feather.X));
    clear.getStyleClass().addAll("flat", "button-icon", "rating-clear");
    clear.setId(FieldControls.idOf(field.path()) + "-clear");
    clear.setTooltip(new Tooltip());
    clear.getTooltip().textProperty().bind(fc.l10n().ui("action.clearScore"));
    clear.accessibleTextProperty().bind(fc.l10n().ui("action.clearScore"));
    boolean[] updating = {false};
    fc.register(field.path(), rating, () -> {
      updating[0] = true;
      Integer v = fc.viewModel().value(field);
      rating.setRating(v == null ? 0 : Math.max(0, Math.min(5, v)));
      clear.setDisable(v == null);
      updating[0] = false;
    });
    rating.ratingProperty().addListener((o, was, now) -> {
      if (!updating[0]) {
        int v = (int) Math.round(now.doubleValue());
        fc.viewModel().set(field, v < 1 ? null : v);
      }
    });
    clear.setOnAction(e -> fc.viewModel().set(field, null));
    HBox box = new HBox(4, rating, clear);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return box;
  }
}
