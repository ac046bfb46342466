package app.toile.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** Clicks on controls by the text a user reads on them, as a user finds them. */
final class TextClicks {
  private TextClicks() {}

  /**
   * Clicks the showing control whose text, mnemonics aside, is {@code text} (menus show "_Edit");
   * a menu or dialog over the main window first, the last such match when there are several.
   */
  static void click(FxRobot robot, Window main, String text) {
    List<Node> found = List.copyOf(robot.lookup((Node n) -> n instanceof Labeled l && n.isVisible()
        && n.getScene() != null && n.getScene().getWindow() != null
        && n.getScene().getWindow().isShowing()
        && l.getText() != null && l.getText().replace("_", "").equals(text)).queryAll());
    Node target = found.stream().filter(n -> n.getScene().getWindow() != main)
        .reduce((a, b) -> b).orElseGet(() -> found.get(0));
    robot.clickOn(target);
  }
}
