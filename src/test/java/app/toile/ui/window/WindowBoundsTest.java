package app.toile.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens, as a function of the bounds saved and the screens present now. */
class WindowBoundsTest {
  private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);
  private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);

  private static boolean inside(Rectangle2D window, Rectangle2D screen) {
    return window.getMinX() >= screen.getMinX() && window.getMinY() >= screen.getMinY()
        && window.getMaxX() <= screen.getMaxX() && window.getMaxY() <= screen.getMaxY();
  }

  @Test
  void aWindowSavedOnALargeScreenReopensWholeOnASmallOne() {
    Rectangle2D saved = new Rectangle2D(0, 0, 2560, 1440);
    Rectangle2D fitted = WindowBounds.fit(saved, List.of(SMALL), SMALL);
    assertThat(fitted).isEqualTo(SMALL);
  }

  @Test
  void aWindowSavedAtFullHdOnAFullHdScreenComesBackInsideA1024By700Screen() {
    Rectangle2D saved = new Rectangle2D(200, 120, 1920, 1080);
    Rectangle2D fitted = WindowBounds.fit(saved, List.of(SMALL), SMALL);
    assertThat(inside(fitted, SMALL)).isTrue();
    assertThat(fitted.getWidth()).isEqualTo(1024);
    assertThat(fitted.getHeight()).isEqualTo(700);
  }

  @Test
  void aWindowThatFitsStaysWhereItWas() {
    Rectangle2D saved = new Rectangle2D(300, 150, 1200, 800);
    assertThat(WindowBounds.fit(saved, List.of(FULL_HD), FULL_HD)).isEqualTo(saved);
  }

  @Test
  void aWindowHangingOffTheEdgeIsMovedBackRatherThanShrunk() {
    Rectangle2D saved = new Rectangle2D(1500, 900, 1200, 800);
    Rectangle2D fitted = WindowBounds.fit(saved, List.of(FULL_HD), FULL_HD);
    assertThat(fitted).isEqualTo(new Rectangle2D(720, 280, 1200, 800));
  }

  @Test
  void aWindowLeftOnAScreenThatIsGoneOpensOnThePrimary() {
    Rectangle2D saved = new Rectangle2D(2000, 100, 1600, 900);
    Rectangle2D fitted = WindowBounds.fit(saved, List.of(SMALL), SMALL);
    assertThat(inside(fitted, SMALL)).isTrue();
  }

  @Test
  void aWindowAcrossTwoScreensGoesToTheOneHoldingMostOfIt() {
    Rectangle2D left = new Rectangle2D(0, 0, 1920, 1080);
    Rectangle2D right = new Rectangle2D(1920, 0, 2560, 1440);
    Rectangle2D saved = new Rectangle2D(1800, 100, 1400, 900);
    Rectangle2D fitted = WindowBounds.fit(saved, List.of(left, right), left);
    assertThat(inside(fitted, right)).isTrue();
    assertThat(fitted.getWidth()).isEqualTo(1400);
    assertThat(fitted.getMinX()).isEqualTo(1920);
  }

  @Test
  void aScreenWithATaskbarKeepsTheWindowOffTheTaskbar() {
    // Visual bounds: the taskbar's 40 pixels at the bottom are not the window's.
    Rectangle2D visual = new Rectangle2D(0, 0, 1024, 660);
    Rectangle2D fitted = WindowBounds.fit(new Rectangle2D(0, 0, 1024, 700), List.of(visual), visual);
    assertThat(fitted).isEqualTo(visual);
  }

  @Test
  void aFirstStartTakesNineTenthsOfTheScreenCentred() {
    Rectangle2D fitted = WindowBounds.fit(null, List.of(FULL_HD), FULL_HD);
    assertThat(fitted.getWidth()).isEqualTo(1728);
    assertThat(fitted.getHeight()).isEqualTo(972);
    assertThat(fitted.getMinX()).isEqualTo(96);
    assertThat(fitted.getMinY()).isEqualTo(54);
  }

  @Test
  void aFirstStartOnASmallScreenTakesTheWholeScreenRatherThanLessThanTheEditorNeeds() {
    assertThat(WindowBounds.fit(null, List.of(SMALL), SMALL)).isEqualTo(SMALL);
    Rectangle2D tiny = new Rectangle2D(0, 0, 800, 600);
    assertThat(WindowBounds.fit(null, List.of(tiny), tiny)).isEqualTo(tiny);
  }

  @Test
  void aFirstStartOnASecondaryPrimaryScreenIsCentredOnIt() {
    Rectangle2D primary = new Rectangle2D(1920, 0, 2560, 1440);
    Rectangle2D fitted = WindowBounds.fit(null, List.of(FULL_HD, primary), primary);
    assertThat(inside(fitted, primary)).isTrue();
    assertThat(fitted.getMinX() + fitted.getWidth() / 2).isEqualTo(1920 + 1280);
    assertThat(fitted.getMinY() + fitted.getHeight() / 2).isEqualTo(720);
  }
}
