package app.toile.ui.findings;

import app.toile.ui.base.SeverityIcons;
import app.toile.validation.Finding;
import app.toile.validation.Severity;
import java.util.ArrayList;
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
   * @param findings the findings of the segment shown
   * @param control the control of a field path, or null
   * @param section the section of a field path, or null
   * @param message the message of a finding
   */
  public void show(List<Finding> findings, Function<String, Control> control,
      Function<String, TitledPane> section, Function<Finding, String> message) {
    clear();
    Map<Node, List<Finding>> byNode = new LinkedHashMap<>();
    for (Finding f : findings) {
      String field = f.target().field() == null ? "servedBy" : f.target().field();
      Node n = control.apply(field);
      if (n == null) {
        n = section.apply(field);
      }
      if (n != null) {
        byNode.computeIfAbsent(n, k -> new ArrayList<>()).add(f);
      }
    }
    byNode.forEach((node, list) -> {
      Severity worst = list.stream().map(Finding::severity).reduce(null, Severity::worst);
      String text = String.join("\n", list.stream().map(message).toList());
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

  private void decorate(Control c, Severity worst, String text) {
    Node icon = SeverityIcons.of(FindingsViewModel.level(worst));
    Tooltip tip = new Tooltip(text);
    Tooltip.install(icon, tip);
    // Inside the field's right edge: above it, the icon would hide under the section's title.
    Decorator.addDecoration(c, new GraphicDecoration(icon, Pos.CENTER_RIGHT, -14, 0));
    if (c.getTooltip() == null || decorated.containsKey(c)) {
      c.setTooltip(tip);
    }
    c.getStyleClass().add("has-" + SeverityIcons.styleClass(FindingsViewModel.level(worst)));
    decorated.put(c, tip);
  }

  private void mark(TitledPane p, Severity worst, String text) {
    p.setGraphic(SeverityIcons.of(FindingsViewModel.level(worst)));
    p.setTooltip(new Tooltip(text));
    marked.add(p);
  }
}
