package app.toile.ui.segments.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.Region;

/**
 * One measure of a segment across the versions, drawn small: a line over the values from 1 to 5,
 * oldest on the left, now on the right (a square, the versions dots); an unset value leaves a gap.
 * Its accessible text reads the values out.
 */
final class ScoreHistoryChart extends Region {
  private static final double HEIGHT = 30;
  private static final double DOT = 3;
  private final List<Double> values;
  private double drawnWidth = -1;
  private double drawnHeight = -1;

  ScoreHistoryChart(List<Double> values, String accessibleText) {
    // An unset value is a gap in the line.
    this.values = values.stream().map(v -> v == null ? -1.0 : v).toList();
    getStyleClass().add("score-history-chart");
    setMinHeight(HEIGHT);
    setPrefHeight(HEIGHT);
    setMaxHeight(HEIGHT);
    setMinWidth(60);
    setPrefWidth(160);
    setAccessibleText(accessibleText);
  }

  @Override
  protected void layoutChildren() {
    // Drawn again only when the size changed: new children would ask for another layout.
    if (getWidth() == drawnWidth && getHeight() == drawnHeight) {
      return;
    }
    drawnWidth = getWidth();
    drawnHeight = getHeight();
    double w = getWidth() - 2 * DOT - 2;
    double h = getHeight() - 2 * DOT - 2;
    List<Node> lines = new ArrayList<>();
    List<Node> dots = new ArrayList<>();
    for (int level = 1; level <= 5; level += 2) {
      double y = y(level, h);
      Line grid = new Line(0, y, getWidth(), y);
      grid.getStyleClass().add("score-history-grid");
      lines.add(grid);
    }
    int n = values.size();
    Polyline line = null;
    for (int i = 0; i < n; i++) {
      double v = values.get(i);
      if (v < 0) {
        line = null;
        continue;
      }
      double x = DOT + 1 + (n == 1 ? w / 2 : w * i / (n - 1));
      double y = y(v, h);
      if (line == null) {
        line = new Polyline();
        line.getStyleClass().add("score-history-line");
        lines.add(line);
      }
      line.getPoints().addAll(x, y);
      boolean now = i == n - 1;
      Node dot = now ? new Rectangle(x - DOT, y - DOT, 2 * DOT, 2 * DOT) : new Circle(x, y, DOT);
      dot.getStyleClass().add(now ? "score-history-now" : "score-history-dot");
      dots.add(dot);
    }
    lines.addAll(dots);
    getChildren().setAll(lines);
  }

  private static double y(double value, double h) {
    return DOT + 1 + h * (5 - value) / 4;
  }
}
