package app.toile.ui;

import app.toile.ui.base.LazyTooltip;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a founder reads on a scene, checked the way a founder reads it: a label that shows less
 * than its text (an ellipsis), a word broken across two lines, a field whose hint or value is
 * cut, a tab that hides behind the overflow arrow. Each problem is one line naming the node and
 * its text, so that a failing run says what to fix.
 */
final class ShownTexts {
  /**
   * Style classes of labels that may shorten their text where space is truly short, as long as
   * their tooltip holds the whole text.
   */
  private static final Set<String> MAY_SHORTEN = Set.of(
      // A step of the roadmap under the canvas: one line for every segment of the expansion.
      "roadmap-step",
      // The file's path in the status line: the name stays, the folders give way.
      "status-label");

  private final Set<String> problems = new java.util.LinkedHashSet<>();
  private final String where;

  ShownTexts(String where) {
    this.where = where;
  }

  /** Every problem found so far, one per line. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Checks every shown node under a root. */
  void check(Parent root) {
    walk(root);
  }

  private void walk(Node node) {
    if (!node.isVisible() || node.getOpacity() == 0) {
      return;
    }
    if (node instanceof Labeled l) {
      labeled(l);
    } else if (node instanceof Text t && !isLabeledText(t)) {
      text(t, t.getText());
    } else if (node instanceof TextInputControl field) {
      field(field);
    } else if (node instanceof TabPane tabs) {
      tabs(tabs);
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child);
      }
    }
  }

  private void labeled(Labeled l) {
    String text = l.getText();
    if (text == null || text.isBlank() || l.getWidth() <= 0) {
      return;
    }
    String wanted = l.isMnemonicParsing() ? withoutMnemonic(text) : text;
    Text shown = labeledText(l);
    if (shown == null) {
      return;
    }
    beyondItsPane(l, wanted);
    if (!shown.getText().equals(wanted)) {
      boolean allowed = l.getStyleClass().stream().anyMatch(MAY_SHORTEN::contains)
          && LazyTooltip.text(l).filter(wanted::equals).isPresent();
      if (!allowed) {
        problems.add(where + ": cut " + describe(l) + " shows \"" + shown.getText()
            + "\" for \"" + wanted + "\"");
      }
      return;
    }
    text(shown, wanted);
  }

  /**
   * A wrapped text whose line breaks fall inside a word: the first character of each line (found
   * by hitting the line's left end) and the one before it are both letters or digits.
   */
  private void text(Text t, String text) {
    if (text == null || text.isBlank() || t.getWrappingWidth() <= 0) {
      return;
    }
    Bounds b = t.getLayoutBounds();
    double step = t.getFont().getSize() * 0.5;
    if (b.getHeight() < t.getFont().getSize() * 1.6) {
      return;
    }
    int lineStart = 0;
    for (double y = b.getMinY() + step / 2; y < b.getMaxY(); y += step) {
      int start = t.hitTest(new Point2D(b.getMinX(), y)).getCharIndex();
      if (start > lineStart && start < text.length()) {
        lineStart = start;
        if (isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
          problems.add(where + ": word broken in " + describe(t.getParent()) + " \""
              + text.substring(0, start) + " / " + text.substring(start) + "\"");
          return;
        }
      }
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** A field's value (when it should show whole) or hint (when empty) wider than the field. */
  private void field(TextInputControl field) {
    if (field.getWidth() <= 0) {
      return;
    }
    boolean empty = field.getText() == null || field.getText().isEmpty();
    String shown = empty ? field.getPromptText() : field.getText();
    if (shown == null || shown.isBlank()) {
      return;
    }
    if (field instanceof TextField && (empty || isInside(field, "canvas-header"))) {
      Text measure = new Text(shown);
      measure.setFont(field.getFont());
      double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
      if (measure.getLayoutBounds().getWidth() > room + 0.5) {
        problems.add(where + ": cut " + describe(field) + " shows part of \"" + shown + "\"");
      }
    } else if (empty) {
      field.lookupAll(".text").stream().filter(n -> n instanceof Text t
              && shown.equals(t.getText()) && t.isVisible())
          .forEach(n -> text((Text) n, shown));
    }
  }

  /** A label wider than the pane it is in, which never scrolls sideways: its end is hidden. */
  private void beyondItsPane(Labeled l, String text) {
    for (Node n = l.getParent(); n != null; n = n.getParent()) {
      if (n.getStyleClass().contains("virtual-flow")) {
        // A list's cells: the list clips and scrolls them itself.
        return;
      }
      if (n instanceof ScrollPane pane) {
        if (pane.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
          Bounds view = pane.localToScene(pane.getLayoutBounds());
          Bounds label = l.localToScene(l.getLayoutBounds());
          if (label.getMaxX() > view.getMaxX() + 1) {
            problems.add(where + ": past the pane's edge " + describe(l) + " \"" + text + "\"");
          }
        }
        return;
      }
    }
  }

  /** Every tab header shows: no tab hides behind the overflow arrow. */
  private void tabs(TabPane tabs) {
    Node menu = tabs.lookup(".control-buttons-tab");
    if (menu != null && menu.isVisible() && menu.getLayoutBounds().getWidth() > 0) {
      Node arrow = menu.lookup(".tab-down-button");
      if (arrow != null && arrow.isVisible()) {
        double used = tabs.lookupAll(".tab").stream()
            .mapToDouble(t -> t.getLayoutBounds().getWidth()).sum();
        problems.add(where + ": tabs overflow in " + describe(tabs) + " " + Math.round(used)
            + " px of tabs in " + Math.round(tabs.getWidth()));
      }
    }
    Bounds area = tabs.localToScene(tabs.getLayoutBounds());
    for (Node header : tabs.lookupAll(".tab")) {
      Bounds b = header.localToScene(header.getLayoutBounds());
      if (b.getMaxX() > area.getMaxX() + 0.5) {
        problems.add(where + ": tab beyond its pane " + describe(header));
      }
    }
  }

  private static Text labeledText(Labeled l) {
    for (Node child : l.getChildrenUnmodifiable()) {
      if (child instanceof Text t && isLabeledText(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean isLabeledText(Text t) {
    return t.getClass().getName().equals("com.sun.javafx.scene.control.LabeledText");
  }

  private static String withoutMnemonic(String text) {
    int i = text.indexOf('_');
    return i < 0 || i == text.length() - 1 ? text : text.substring(0, i) + text.substring(i + 1);
  }

  private static boolean isInside(Node node, String styleClass) {
    return ancestor(node, n -> n.getStyleClass().contains(styleClass));
  }

  private static boolean ancestor(Node node, Predicate<Node> test) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (test.test(n)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Node n) {
    if (n == null) {
      return "?";
    }
    String id = n.getId() == null ? "" : "#" + n.getId();
    String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
    return n.getClass().getSimpleName() + id + n.getStyleClass() + text + " in "
        + (n.getParent() == null ? "-" : n.getParent().getClass().getSimpleName()
        + n.getParent().getStyleClass());
  }
}
