package app.toile.ui.findings;

import app.toile.ui.base.Level;
import app.toile.ui.base.SeverityIcons;
import app.toile.ui.findings.FindingsViewModel.FieldMark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;

/**
 * Marks the fields that have findings: a ControlsFX decoration (an icon for the worst severity)
 * on the field's control, with the messages as tooltip. A finding about a group of fields (the
 * profile, the evaluation) marks the title of its section instead.
 */
public final class FieldDecorations {
  private final Map<Control, Tooltip> decorated = new HashMap<>();
  private final List<TitledPane> marked = new ArrayList<>();

  /**
   * Shows findings on fields.
   *
   * @param marks the findings of the segment shown, as its view model hands them
   * @param control the control of a field path, or null
   * @param section the section of a field path, or null
   */
  public void show(List<FieldMark> marks, Function<String, Control> control,
      Function<String, TitledPane> section) {
    clear();
    Map<Node, List<FieldMark>> byNode = new LinkedHashMap<>();
    for (FieldMark f : marks) {
      String field = f.field();
      Node n = control.apply(field);
      if (n == null) {
        n = section.apply(field);
      }
      if (n != null) {
        byNode.computeIfAbsent(n, k -> new ArrayList<>()).add(f);
      }
    }
    byNode.forEach((node, list) -> {
      Level worst = list.stream().map(FieldMark::level).min(Comparator.naturalOrder()).orElse(null);
      String text = String.join("\n", list.stream().map(FieldMark::message).toList());
      if (node instanceof TitledPane p) {
        mark(p, worst, text);
      } else if (node instanceof Control c) {
        decorate(c, worst, text);
      }
    });
  }

  /** Removes every mark. */
  public void clear() {
    decorated.forEach((c, tip) -> {
      Decorator.removeAllDecorations(c);
      if (c.getTooltip() == tip) {
        c.setTooltip(null);
      }
      c.getStyleClass().removeIf(s -> s.startsWith("has-severity-"));
    });
    decorated.clear();
    marked.forEach(p -> {
      p.setGraphic(null);
      p.setTooltip(null);
    });
    marked.clear();
  }

  private void decorate(Control c, Level worst, String text) {
    Node icon = SeverityIcons.of(worst);
    Tooltip tip = new Tooltip(text);
    Tooltip.install(icon, tip);
    // Inside the field's right edge: above it, the icon would hide under the section's title.
    Decorator.addDecoration(c, new GraphicDecoration(icon, Pos.CENTER_RIGHT, -14, 0));
    if (c.getTooltip() == null || decorated.containsKey(c)) {
      c.setTooltip(tip);
    }
    c.getStyleClass().add("has-" + SeverityIcons.styleClass(worst));
    decorated.put(c, tip);
  }

  private void mark(TitledPane p, Level worst, String text) {
    p.setGraphic(SeverityIcons.of(worst));
    p.setTooltip(new Tooltip(text));
    marked.add(p);
  }
}
