package app.toile.ui.roadmap;

import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import java.text.NumberFormat;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.geometry.Pos;

/**
 * The attractiveness of each active segment as a bar, best first (the ranking's order), on a
 * scale of five: the segment's whole name beside its bar (wrapped, never cut), its score at the
 * bar's end, "not scored" for a segment with no score. Hovering a row shows the five scores
 * behind it; a click selects the segment.
 */
public final class AttractivenessChart extends GridPane {
  private static final double MAX_SCORE = 5;

  private final RoadmapViewModel roadmap;
  private final Localization l10n;
  private List<RoadmapViewModel.Bar> shown;

  public AttractivenessChart(RoadmapViewModel roadmap, Localization l10n) {
    this.roadmap = roadmap;
    this.l10n = l10n;
    getStyleClass().add("attractiveness-chart");
    setHgap(8);
    setVgap(8);
    ColumnConstraints names = new ColumnConstraints();
    names.setPercentWidth(45);
    ColumnConstraints bars = new ColumnConstraints();
    bars.setHgrow(Priority.ALWAYS);
    getColumnConstraints().addAll(names, bars);
    roadmap.rankingProperty().addListener((o, was, now) -> show(false));
    l10n.localeProperty().addListener((o, was, now) -> show(true));
    show(true);
  }

  /** The rows shown, one per ranked segment. */
  public int rows() {
    return shown.size();
  }

  private void show(boolean always) {
    List<RoadmapViewModel.Bar> r = roadmap.rankingProperty().get();
    if (!always && r.equals(shown)) {
      return;
    }
    shown = r;
    getChildren().clear();
    Label title = new Label(l10n.labels().get("segment.attractiveness"));
    title.getStyleClass().add("attractiveness-title");
    add(title, 0, 0, 2, 1);
    for (int i = 0; i < r.size(); i++) {
      RoadmapViewModel.Bar e = r.get(i);
      Label name = new Label(name(e.segment()));
      name.getStyleClass().add("attractiveness-name");
      name.setWrapText(true);
      name.setMinHeight(Region.USE_PREF_SIZE);
      Label score = new Label(e.attractiveness().isPresent() ? number(e.attractiveness()
          .getAsDouble()) : l10n.ui().get("ranking.notScored"));
      score.getStyleClass().add("attractiveness-score");
      score.setMinWidth(Region.USE_PREF_SIZE);
      Region bar = new Region();
      bar.getStyleClass().add("attractiveness-bar");
      bar.setMinHeight(14);
      // The bar takes its share of five on the row, the score follows it.
      double share = e.attractiveness().orElse(0) / MAX_SCORE;
      StackPane track = new StackPane(bar);
      track.setAlignment(Pos.CENTER_LEFT);
      bar.maxWidthProperty().bind(track.widthProperty().multiply(share));
      bar.setMaxHeight(14);
      track.setMinWidth(0);
      GridPane.setHgrow(track, Priority.ALWAYS);
      javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, track, score);
      row.setAlignment(Pos.CENTER_LEFT);
      javafx.scene.layout.HBox.setHgrow(track, Priority.ALWAYS);
      GridPane.setValignment(name, VPos.CENTER);
      GridPane.setHalignment(name, HPos.LEFT);
      add(name, 0, i + 1);
      add(row, 1, i + 1);
      String scores = scores(e);
      LazyTooltip.install(name, scores);
      LazyTooltip.install(row, scores);
      String id = e.segment().id();
      name.setOnMouseClicked(ev -> roadmap.selectSegment(id));
      row.setOnMouseClicked(ev -> roadmap.selectSegment(id));
    }
  }

  private String number(double v) {
    NumberFormat nf = NumberFormat.getNumberInstance(l10n.locale());
    nf.setMaximumFractionDigits(1);
    return nf.format(v);
  }

  /** The five scores of an entry, one per line, "–" for an unset one. */
  String scores(RoadmapViewModel.Bar e) {
    StringBuilder sb = new StringBuilder(name(e.segment())).append('\n');
    sb.append(l10n.labels().get("field.value", l10n.labels().get("segment.attractiveness"),
        e.attractiveness().isPresent() ? number(e.attractiveness().getAsDouble()) : "\u2013"));
    for (Evaluation.Score s : Evaluation.Score.values()) {
      Integer v = e.segment().evaluation().score(s);
      sb.append('\n').append(l10n.labels().get("field.value",
          l10n.labels().get("score." + s.key()), v == null ? "\u2013" : String.valueOf(v)));
    }
    return sb.toString();
  }

  private String name(CustomerSegment s) {
    return s.name() == null || s.name().isBlank() ? l10n.labels().get("segment.unnamed") : s.name();
  }
}
