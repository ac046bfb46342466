package app.toile.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.session.Samples;
import app.toile.ui.TestWindow;
import app.toile.ui.segments.editor.FieldControls.Choice;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The segment's form comes in two steps so that the canvas shows sooner: its top sections with
 * the canvas, the sections below the fold once that frame is drawn. Neither step shows: the form
 * ends whole and filled, and a field below the fold asked for at once is there to take the keys.
 */
@ExtendWith(ApplicationExtension.class)
class FormBelowTheFoldTest {
  private static final List<String> SECTIONS = List.of("section-identity", "section-need",
      "section-profile", "section-distinctness", "section-evaluation", "section-conquest",
      "section-links", "section-history", "section-empathyMap");
  private final TestWindow test = new TestWindow("form-below-the-fold", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    stage.setWidth(1024);
    stage.setHeight(700);
    window = test.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forgetSettings() {
    test.forget();
  }

  private static Canvas paris() {
    return CanvasFiles.load(Path.of("samples/en/paris-startup.toile.json"));
  }

  private static List<String> sectionsInWindow(FxRobot robot) {
    return robot.lookup(".segment-section").queryAll().stream().map(Node::getId).toList();
  }

  @Test
  void theFormEndsWholeInItsOrderAndFilledOnceTheCanvasIsDrawn(FxRobot robot) {
    Canvas canvas = paris();
    robot.interact(() -> window.documents().openAsNew(canvas));
    WaitForAsyncUtils.waitForFxEvents(20);

    assertThat(sectionsInWindow(robot)).containsExactlyElementsOf(SECTIONS);
    // A field below the fold shows the selected segment, as the ones above it do.
    ComboBox<?> status = robot.lookup("#field-status").queryAs(ComboBox.class);
    assertThat(status.getValue()).isInstanceOfSatisfying(Choice.class,
        c -> assertThat(c.value()).isEqualTo(canvas.segments().get(0).status()));
  }

  @Test
  void aFieldBelowTheFoldAskedForAtOnceTakesTheKeys(FxRobot robot) {
    Canvas canvas = paris();
    // In the same event as the opening: no frame has been drawn yet.
    robot.interact(() -> {
      window.documents().openAsNew(canvas);
      window.editor().workspace().openField(canvas.segments().get(0).id(), "status");
    });
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.stage().getScene().getFocusOwner().getId()).isEqualTo("field-status");
    assertThat(sectionsInWindow(robot)).containsExactlyElementsOf(SECTIONS);
  }
}
