package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import app.toile.ui.roadmap.AttractivenessChart;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The header and the ranking, each drawn from its own view model: a title typed in the header is
 * one undoable edit, and the ranking tab shows one bar per ranked segment, following every edit.
 */
@ExtendWith(ApplicationExtension.class)
class HeaderAndRankingFlowTest {
  private static final Path SAMPLE = Path.of("samples", "en", "paris-startup.toile.json");
  private final TestWindow test = new TestWindow("header-ranking", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    stage.setWidth(1280);
    stage.setHeight(800);
    window = test.open(stage, Samples.none(), SAMPLE, new FileCanvasStore());
  }

  @AfterEach
  void forgetSettings() {
    test.forget();
  }

  private Canvas canvas() {
    return window.documents().document().canvas();
  }

  private int ranked() {
    return window.session().findings().resultProperty().get().ranking().entries().size();
  }

  @Test
  void aTitleTypedInTheHeaderIsOneEditThatUndoes(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    String before = canvas().header().title();
    TextField title = robot.lookup(".canvas-title").queryAs(TextField.class);
    robot.clickOn(title).push(KeyCode.CONTROL, KeyCode.A).write("Paris, year two")
        .push(KeyCode.ENTER);
    assertThat(canvas().header().title()).isEqualTo("Paris, year two");
    robot.push(KeyCode.ESCAPE);
    robot.interact(() -> window.actions().undo());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas().header().title()).isEqualTo(before);
    assertThat(title.getText()).isEqualTo(before == null ? "" : before);
  }

  @Test
  void theRankingTabShowsABarPerRankedSegmentAndFollowsEdits(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#tab-ranking");
    WaitForAsyncUtils.waitForFxEvents();
    AttractivenessChart chart =
        robot.lookup(".attractiveness-chart").queryAs(AttractivenessChart.class);
    assertThat(ranked()).isPositive();
    assertThat(chart.rows()).isEqualTo(ranked());

    robot.interact(() -> window.editor().segmentsBlock().addSegment());
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(chart.rows()).isEqualTo(ranked());
  }
}
