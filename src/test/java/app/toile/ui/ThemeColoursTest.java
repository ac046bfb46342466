package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The colours as drawn: the roadmap status chips read at 4.5:1 at least in both themes, and the
 * dark theme draws no light frame around the status bar or the popup menus.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeColoursTest {
  private final TestWindow fx = new TestWindow("theme-colours", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fx.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forgetSettings() {
    robotlessDark(false);
    fx.forget();
  }

  private void robotlessDark(boolean on) {
    javafx.application.Platform.runLater(() -> window.actions().setDark(on));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** WCAG 2 relative luminance. */
  static double luminance(Color c) {
    return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  private static double channel(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /** WCAG 2 contrast ratio of two opaque colours. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private Canvas sample() {
    return Samples.installed().all(Locale.ENGLISH).stream()
        .filter(s -> s.canvas().segments().stream().anyMatch(g -> g.status() != null
            && g.status().name().equals("DROPPED")))
        .findFirst().orElseThrow().canvas();
  }

  private void assertChipsReadable(FxRobot robot, String theme) {
    for (String status : List.of("status-next", "status-dropped", "status-focus")) {
      Label chip = robot.lookup(".status-badge." + status).queryAs(Label.class);
      List<BackgroundFill> fills = chip.getBackground().getFills();
      Color back = (Color) fills.get(fills.size() - 1).getFill();
      Color text = (Color) chip.getTextFill();
      assertThat(back.getOpacity()).as(theme + " " + status + " background is opaque").isEqualTo(1.0);
      if (!status.equals("status-focus")) {
        assertThat(contrast(text, back)).as(theme + " " + status + " " + text + " on " + back)
            .isGreaterThanOrEqualTo(4.5);
      }
    }
  }

  @Test
  void nextAndDroppedChipsReadAtFourAndAHalfToOneInLightAndDark(FxRobot robot) {
    robot.interact(() -> window.documents().openAsNew(sample()));
    WaitForAsyncUtils.waitForFxEvents();
    assertChipsReadable(robot, "light");
    robotlessDark(true);
    assertChipsReadable(robot, "dark");
  }

  @Test
  void theDarkThemeHasNoLightFrameAroundTheStatusBarOrThePopupMenus(FxRobot robot) {
    robot.interact(() -> window.documents().openAsNew(sample()));
    robotlessDark(true);
    Region bar = robot.lookup(".status-line").queryAs(Region.class);
    for (BackgroundFill f : bar.getBackground().getFills()) {
      assertThat(luminance((Color) f.getFill())).as("status bar fill " + f.getFill()).isLessThan(0.1);
    }

    String note = window.canvas().canvas().notes(Block.CHANNELS).get(0).id();
    Node view = window.editor().noteView(note).orElseThrow();
    // Shift+F10: the headless toolkit turns no right-click into a context-menu request.
    robot.clickOn(view).push(KeyCode.SHIFT, KeyCode.F10);
    WaitForAsyncUtils.waitForFxEvents();
    ContextMenu menu = Window.getWindows().stream().filter(ContextMenu.class::isInstance)
        .map(ContextMenu.class::cast).filter(Window::isShowing).findFirst().orElseThrow();
    // The region that draws the menu: the largest one with a background.
    Region root = menu.getScene().getRoot().lookupAll(".context-menu").stream()
        .filter(Region.class::isInstance).map(Region.class::cast)
        .filter(r -> r.getBackground() != null && !r.getBackground().getFills().isEmpty())
        .findFirst().orElseThrow();
    assertThat(root.getEffect()).as("no shadow to draw around the menu").isNull();
    // The popup's window is the menu itself: no see-through margin to show as a frame.
    assertThat(menu.getWidth()).isEqualTo(root.getWidth());
    assertThat(menu.getHeight()).isEqualTo(root.getHeight());
    for (BackgroundFill f : root.getBackground().getFills()) {
      assertThat(luminance((Color) f.getFill())).as("menu fill " + f.getFill()).isLessThan(0.1);
      assertThat(f.getRadii().getTopLeftHorizontalRadius()).isZero();
    }
    robot.push(KeyCode.ESCAPE);
  }
}
