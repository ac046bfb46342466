package app.toile.ui.segments.editor;

import app.toile.model.Evaluation.Score;
import app.toile.ui.base.Localization;
import app.toile.ui.base.WordFit;
import app.toile.ui.segments.editor.SegmentHistoryViewModel.Point;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The segment's history across the versions kept in the canvas: its attractiveness and five
 * scores as small lines (oldest version on the left, now on the right), and its status and
 * customers won at each version. One line says how to start it when no version holds the segment.
 */
final class HistorySection {
  private HistorySection() {}

  static VBox build(SegmentHistoryViewModel vm, Localization l10n) {
    VBox box = new VBox(8);
    box.setId("segment-history");
    box.getStyleClass().add("segment-history");
    Runnable show = () -> box.getChildren().setAll(vm.points().isEmpty()
        ? List.of(wrapped(l10n.ui().get("history.none"), "history-none"))
        : content(vm.points(), l10n));
    vm.pointsProperty().addListener((o, was, now) -> show.run());
    l10n.localeProperty().addListener((o, was, now) -> show.run());
    show.run();
    return box;
  }

  private static List<Region> content(List<Point> points, Localization l10n) {
    List<Region> out = new ArrayList<>();
    out.add(wrapped(l10n.ui().get("history.caption"), "history-caption"));
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(4);
    ColumnConstraints name = new ColumnConstraints();
    name.setPercentWidth(34);
    ColumnConstraints chart = new ColumnConstraints();
    chart.setHgrow(Priority.ALWAYS);
    chart.setFillWidth(true);
    ColumnConstraints now = new ColumnConstraints();
    now.setHalignment(HPos.RIGHT);
    now.setMinWidth(Region.USE_PREF_SIZE);
    grid.getColumnConstraints().addAll(name, chart, now);
    NumberFormat one = NumberFormat.getNumberInstance(l10n.locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    row(grid, l10n.labels().get("segment.attractiveness"), points, Point::attractiveness,
        v -> one.format(v) + " / 5", l10n);
    Score[] scores = Score.values();
    for (int i = 0; i < scores.length; i++) {
      int k = i;
      row(grid, l10n.labels().get("score." + scores[i].key()), points,
          p -> p.scores().get(k) == null ? null : p.scores().get(k).doubleValue(),
          v -> String.valueOf(Math.round(v)), l10n);
    }
    out.add(grid);
    VBox steps = new VBox(2);
    steps.getStyleClass().add("history-steps");
    for (int i = 0; i < points.size(); i++) {
      steps.getChildren().add(wrapped(step(i + 1, points.get(i), l10n), "history-step"));
    }
    out.add(steps);
    return out;
  }

  private static void row(GridPane grid, String label, List<Point> points,
      Function<Point, Double> value, Function<Double, String> format, Localization l10n) {
    List<Double> values = points.stream().map(value).toList();
    Double last = values.get(values.size() - 1);
    String lastText = last == null ? "\u2014" : format.apply(last);
    List<String> read = values.stream().map(v -> v == null ? "\u2014" : format.apply(v)).toList();
    ScoreHistoryChart chart = new ScoreHistoryChart(values,
        l10n.ui().get("history.read", label, String.join(", ", read)));
    Label name = wrapped(label, "history-label");
    // As the form's labels: a long word ("Accessibilité") is never broken, its type shrinks.
    WordFit.install(name);
    Label now = new Label(lastText);
    now.getStyleClass().add("history-now");
    now.setMinWidth(Region.USE_PREF_SIZE);
    int r = grid.getRowCount();
    grid.add(name, 0, r);
    grid.add(chart, 1, r);
    grid.add(now, 2, r);
    GridPane.setValignment(name, VPos.CENTER);
  }

  /** "1 · First draft, 2 Nov 2026: Candidate, 0 customers won"; the last one is now. */
  private static String step(int n, Point p, Localization l10n) {
    String status = p.status() == null ? l10n.ui().get("versions.unset")
        : l10n.labels().get("status." + p.status().name());
    long customers = p.customers() == null ? 0 : p.customers();
    if (p.isNow()) {
      return l10n.ui().get("history.stepNow", n, status, customers);
    }
    String date = p.savedAt() == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy",
        l10n.locale()).format(p.savedAt().atZone(ZoneId.systemDefault()));
    return date.isEmpty() ? l10n.ui().get("history.step", n, p.name(), status, customers)
        : l10n.ui().get("history.stepDated", n, p.name(), date, status, customers);
  }

  private static Label wrapped(String text, String styleClass) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.setMinWidth(0);
    l.getStyleClass().add(styleClass);
    return l;
  }
}
