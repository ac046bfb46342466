package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+E: the export dialog's choices end up in the file written, and are kept for next time. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
  private final TestWindow fx = new TestWindow("export-dialog", Locale.ENGLISH);
  private Path folder;
  private MainWindow window;

  @Start
  void start(Stage stage) throws IOException {
    folder = Files.createTempDirectory("toile-export");
    window = fx.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forget() throws IOException {
    fx.forget();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private void openFrenchSample(FxRobot robot) {
    Canvas paris = CanvasFiles.load(Path.of("samples/fr/paris-startup.toile.json"));
    robot.interact(() -> window.documents().openAsNew(paris));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
    return robot.lookup(query).queryAs(type);
  }

  private boolean showing(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(n -> {
      for (Node p = n; p != null; p = p.getParent()) {
        if (!p.isVisible()) {
          return false;
        }
      }
      return n.getScene().getWindow().isShowing();
    }).orElse(false);
  }

  @Test
  void choicesGoIntoThePdfAndAreKeptForTheNextExportOfTheCanvas(FxRobot robot) throws IOException {
    openFrenchSample(robot);
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(showing(robot, ".export-run")).isTrue();
    // A French canvas in an English editor: the export speaks French unless told otherwise.
    ChoiceBox<?> language = find(robot, ".export-language", ChoiceBox.class);
    assertThat(language.getValue()).isEqualTo(Locale.FRENCH);
    assertThat(find(robot, ".export-file", javafx.scene.control.TextField.class).getText())
        .isEqualTo("Not chosen yet");

    ChoiceBox<?> paper = find(robot, ".export-paper", ChoiceBox.class);
    robot.interact(() -> paper.getSelectionModel().select(1));
    robot.clickOn("The expansion roadmap");
    assertThat(robot.lookup("The expansion roadmap").queryAs(CheckBox.class).isSelected()).isFalse();
    Path pdf = folder.resolve("carnet.pdf");
    fx.prompts.files.add(pdf);
    robot.clickOn(".export-run");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(showing(robot, ".export-written")).isTrue();
    assertThat(find(robot, ".export-written", Label.class).getText()).isEqualTo(pdf.toString());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).as("A3 landscape")
          .isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(0.1f));
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Segments de clientèle", "Entrepreneurs solos à Paris")
          .doesNotContain("Customer Segments")
          .as("no roadmap page").doesNotContain("Pas encore sur la feuille de route");
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
    }

    // No desktop under test: Open says so rather than failing.
    TextClicks.click(robot, window.stage(), "Open");
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(showing(robot, ".export-no-desktop")).isTrue();
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(showing(robot, ".export-written")).isFalse();

    // The same canvas again: the same choices, the same file.
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(find(robot, ".export-paper", ChoiceBox.class).getValue()).isEqualTo("a3");
    assertThat(robot.lookup("The expansion roadmap").queryAs(CheckBox.class).isSelected()).isFalse();
    assertThat(find(robot, ".export-file", javafx.scene.control.TextField.class).getText())
        .isEqualTo(pdf.toString());
    robot.clickOn(".export-format-png");
    assertThat(find(robot, ".export-file", javafx.scene.control.TextField.class).getText())
        .isEqualTo(folder.resolve("carnet.png").toString());
    robot.clickOn(".export-run");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(Files.readAllBytes(folder.resolve("carnet.png"))).startsWith(0x89, 'P', 'N', 'G');
    robot.push(KeyCode.ESCAPE);
  }

  @Test
  void aCanvasAsTargetIsRefusedInPlainWordsAndNothingIsWritten(FxRobot robot) throws IOException {
    openFrenchSample(robot);
    // A canvas saved under a PDF's name is still a canvas.
    Path canvas = folder.resolve("other.pdf");
    Files.copy(Path.of("samples/en/coffee-roaster.toile.json"), canvas);
    byte[] before = Files.readAllBytes(canvas);
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(".export-format-pdf");
    fx.prompts.files.add(canvas);
    robot.clickOn(".export-choose");
    robot.clickOn(".export-run");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(showing(robot, ".export-failure")).isTrue();
    assertThat(find(robot, ".export-failure", Label.class).getText())
        .contains("an export never replaces a canvas");
    assertThat(Files.readAllBytes(canvas)).isEqualTo(before);
    TextClicks.click(robot, window.stage(), "Back");
    assertThat(showing(robot, ".export-run")).isTrue();
    assertThat(robot.lookup(".export-format-pdf").queryAs(RadioButton.class).isSelected()).isTrue();
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(showing(robot, ".export-run")).as("Esc closed the dialog").isFalse();
  }

  @Test
  void aPresentationIsChosenWithItsReasonAndKeptForTheNextExport(FxRobot robot)
      throws IOException {
    openFrenchSample(robot);
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    // A PDF is a working document unless told otherwise; each kind says whom it is for.
    assertThat(find(robot, ".export-mode-working", RadioButton.class).isSelected()).isTrue();
    assertThat(showing(robot, ".export-mode-help")).isTrue();
    assertThat(showing(robot, ".export-findings-reason")).isFalse();
    robot.clickOn(".export-mode-presentation");
    assertThat(showing(robot, ".export-findings-reason")).isTrue();
    assertThat(robot.lookup("The remarks of the validation").queryAs(CheckBox.class).isDisabled())
        .isTrue();
    Path pdf = folder.resolve("carnet.pdf");
    fx.prompts.files.add(pdf);
    robot.clickOn(".export-run");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(showing(robot, ".export-written")).isTrue();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Stratégie et marché", "Leur besoin")
          .doesNotContain("Non renseigné", "Constats");
    }
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(find(robot, ".export-mode-presentation", RadioButton.class).isSelected()).isTrue();
    // Chosen, it stays through a change of format; the open formats carry everything.
    robot.clickOn(".export-format-pptx");
    assertThat(find(robot, ".export-mode-presentation", RadioButton.class).isSelected()).isTrue();
    robot.clickOn(".export-format-md");
    assertThat(find(robot, ".export-mode-presentation", RadioButton.class).isDisabled()).isTrue();
    robot.push(KeyCode.ESCAPE);
  }
}
