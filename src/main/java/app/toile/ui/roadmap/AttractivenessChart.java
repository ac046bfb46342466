package app.toile.ui.roadmap;

import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.ui.base.Localization;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The attractiveness of each active segment as a bar, best first (the ranking's order); hovering
 * a bar shows the five scores behind it. A segment with no score shows an empty bar.
 */
public final class AttractivenessChart extends BarChart<Number, String> {
  private static final int AXIS_NAME = 22;

  private final RoadmapViewModel roadmap;
  private final Localization l10n;
  private List<RoadmapViewModel.Bar> shown;

  public AttractivenessChart(RoadmapViewModel roadmap, Localization l10n) {
    super(new NumberAxis(0, 5, 1), new CategoryAxis());
    this.roadmap = roadmap;
    this.l10n = l10n;
    getStyleClass().add("attractiveness-chart");
    setAnimated(false);
    setLegendVisible(false);
    setCategoryGap(6);
    getXAxis().labelProperty().bind(l10n.label("segment.attractiveness"));
    roadmap.rankingProperty().addListener((o, was, now) -> show(false));
    l10n.localeProperty().addListener((o, was, now) -> show(true));
    show(true);
  }

  private void show(boolean always) {
    List<RoadmapViewModel.Bar> r = roadmap.rankingProperty().get();
    if (!always && r.equals(shown)) {
      return;
    }
    shown = r;
    XYChart.Series<Number, String> series = new XYChart.Series<>();
    Map<String, Integer> seen = new HashMap<>();
    // Best at the top: a category axis lists from the bottom up.
    for (int i = r.size() - 1; i >= 0; i--) {
      RoadmapViewModel.Bar e = r.get(i);
      String name = shortName(e.segment());
      int n = seen.merge(name, 1, Integer::sum);
      String category = n == 1 ? name : name + " (" + n + ")";
      XYChart.Data<Number, String> d =
          new XYChart.Data<>(e.attractiveness().orElse(0), category);
      d.nodeProperty().addListener((o, was, node) -> {
        if (node != null) {
          Tooltip.install(node, new Tooltip(scores(e)));
        }
      });
      series.getData().add(d);
    }
    getData().setAll(java.util.List.of(series));
    setPrefHeight(Math.max(160, 64 + 36 * r.size()));
    setMaxHeight(USE_PREF_SIZE);
  }

  /** The five scores of an entry, one per line, "–" for an unset one. */
  String scores(RoadmapViewModel.Bar e) {
    NumberFormat nf = NumberFormat.getNumberInstance(l10n.locale());
    nf.setMaximumFractionDigits(1);
    StringBuilder sb = new StringBuilder(name(e.segment())).append('\n');
    sb.append(l10n.labels().get("field.value", l10n.labels().get("segment.attractiveness"),
        e.attractiveness().isPresent() ? nf.format(e.attractiveness().getAsDouble()) : "\u2013"));
    for (Evaluation.Score s : Evaluation.Score.values()) {
      Integer v = e.segment().evaluation().score(s);
      sb.append('\n').append(l10n.labels().get("field.value",
          l10n.labels().get("score." + s.key()), v == null ? "\u2013" : String.valueOf(v)));
    }
    return sb.toString();
  }

  /** The name on the axis: long names would leave no room for the bars (the tooltip has it all). */
  private String shortName(CustomerSegment s) {
    String n = name(s);
    return n.length() <= AXIS_NAME ? n : n.substring(0, AXIS_NAME - 1).strip() + "\u2026";
  }

  private String name(CustomerSegment s) {
    return s.name() == null || s.name().isBlank() ? l10n.labels().get("segment.unnamed") : s.name();
  }
}
