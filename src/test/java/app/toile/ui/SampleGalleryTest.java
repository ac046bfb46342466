package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.SampleCatalog;
import app.toile.model.Canvas;
import app.toile.session.SampleCanvas;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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
 * File &gt; Open sample…: the gallery shows every shipped sample in the editor's language, and the
 * one chosen opens as an untitled copy.
 */
@ExtendWith(ApplicationExtension.class)
class SampleGalleryTest {
  private final TestWindow fx = new TestWindow("gallery", Locale.ENGLISH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fx.open(stage, Samples.installed(), null);
  }

  @AfterEach
  void forgetSettings() {
    fx.forget();
  }

  private void click(FxRobot robot, String text) {
    TextClicks.click(robot, window.stage(), text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void openGalleryFromTheMenu(FxRobot robot, String file, String openSample) {
    click(robot, file);
    click(robot, openSample);
  }

  private static List<String> titles(List<SampleCanvas> samples) {
    return samples.stream().map(s -> s.canvas().header().title()).toList();
  }

  private List<String> shownTitles(FxRobot robot) {
    return robot.lookup(".sample-card .sample-title").queryAllAs(Label.class).stream()
        .map(Label::getText).toList();
  }

  private boolean galleryShowing(FxRobot robot) {
    return robot.lookup(".sample-gallery").tryQuery().isPresent();
  }

  @Test
  void showsEverySampleInEnglishThenInFrenchAfterSwitchingLanguage(FxRobot robot) {
    openGalleryFromTheMenu(robot, "File", "Open sample\u2026");
    List<SampleCanvas> english = Samples.installed().all(Locale.ENGLISH);
    assertThat(shownTitles(robot)).hasSize(7).containsExactlyElementsOf(titles(english))
        .contains("Carnet: bookkeeping for solo entrepreneurs");
    assertThat(robot.lookup(".sample-card .canvas-preview").queryAll()).hasSize(7);
    assertThat(robot.lookup(".sample-strategy").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Multi-sided platform", "Mass market", "Niche market");
    assertThat(robot.lookup(".sample-counts").queryAs(Label.class).getText())
        .isEqualTo(english.get(0).canvas().segments().size() + " segments, "
            + english.get(0).canvas().noteCount() + " notes");
    assertThat(robot.lookup(".sample-description").queryAs(Label.class).getText())
        .isEqualTo(english.get(0).description());
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(galleryShowing(robot)).isFalse();
    assertThat(window.documents().document().openProperty().get()).as("Esc opens nothing").isFalse();

    robot.clickOn(".language-button");
    click(robot, "Fran\u00e7ais");
    openGalleryFromTheMenu(robot, "Fichier", "Ouvrir un exemple\u2026");
    assertThat(robot.lookup(".sample-gallery").queryAs(DialogPane.class).getHeaderText())
        .isEqualTo("Ouvrir un exemple");
    assertThat(shownTitles(robot)).hasSize(7)
        .containsExactlyElementsOf(titles(Samples.installed().all(Locale.FRENCH)))
        .contains("Carnet\u00a0: la compta des entrepreneurs solos");
    assertThat(robot.lookup(".sample-strategy").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Plateforme multilat\u00e9rale", "March\u00e9 de masse");
    assertThat(robot.lookup(".sample-gallery .button").queryAllAs(Button.class))
        .extracting(Button::getText).containsExactlyInAnyOrder("Ouvrir une copie", "Annuler");
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void arrowsAndEnterOpenTheChosenSampleAsAnUntitledCopy(FxRobot robot) {
    click(robot, "Open a sample\u2026");
    // From the first card: right, down a row, back up, right: the third sample.
    for (KeyCode k : new KeyCode[] {KeyCode.RIGHT, KeyCode.DOWN, KeyCode.UP, KeyCode.RIGHT}) {
      robot.push(k);
    }
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    Canvas sample = Samples.installed().all(Locale.ENGLISH).get(2).canvas();
    assertThat(galleryShowing(robot)).isFalse();
    assertThat(window.documents().document().canvas()).isEqualTo(sample);
    assertThat(window.documents().document().file()).as("untitled: saving asks for a file").isNull();
    assertThat(window.documents().document().isUnsaved()).isFalse();
    // Named by its title until it is saved somewhere.
    assertThat(window.stage().getTitle()).isEqualTo(sample.header().title() + " \u2014 Toile");
    assertThat(robot.lookup(".segment-name").queryAllAs(Label.class)).extracting(Label::getText)
        .containsExactlyElementsOf(sample.segments().stream().map(s -> s.name()).toList());
  }

  @Test
  void doubleClickOpensACard(FxRobot robot) {
    openGalleryFromTheMenu(robot, "File", "Open sample\u2026");
    List<SampleCanvas> english = Samples.installed().all(Locale.ENGLISH);
    int index = SampleCatalog.names().indexOf("car-parts-supplier");
    Node card = robot.lookup(".sample-card").nth(index).query();
    robot.doubleClickOn(card);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(galleryShowing(robot)).isFalse();
    assertThat(window.documents().document().canvas()).isEqualTo(english.get(index).canvas());
    assertThat(window.stage().getTitle())
        .isEqualTo(english.get(index).canvas().header().title() + " \u2014 Toile");
  }

  @Test
  void aSampleOpensWithItsFocusSegmentSelectedAndShownInTheSidePanel(FxRobot robot) {
    openGalleryFromTheMenu(robot, "File", "Open sample\u2026");
    List<SampleCanvas> english = Samples.installed().all(Locale.ENGLISH);
    int index = SampleCatalog.names().indexOf("paris-startup");
    Node card = robot.lookup(".sample-card").nth(index).query();
    robot.doubleClickOn(card);
    WaitForAsyncUtils.waitForFxEvents();

    Canvas sample = english.get(index).canvas();
    var focus = sample.segments().stream()
        .filter(s -> s.status() == app.toile.model.SegmentStatus.FOCUS).findFirst().orElseThrow();
    assertThat(window.canvas().selectedSegmentProperty().get()).isEqualTo(focus.id());
    assertThat(robot.lookup("#field-name").queryAs(javafx.scene.control.TextField.class).getText())
        .isEqualTo(focus.name());
    assertThat(robot.lookup(".segment-editor-empty").queryAs(Label.class).isVisible()).isFalse();
    assertThat(window.editor().segmentsBlock().card(focus.id()).orElseThrow()
        .getPseudoClassStates().toString()).contains("selected");
  }
}
