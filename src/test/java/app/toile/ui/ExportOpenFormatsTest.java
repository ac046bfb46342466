package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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

/** Ctrl+E to Markdown, JSON Canvas and CSV: the same dialog, the open formats' files. */
@ExtendWith(ApplicationExtension.class)
class ExportOpenFormatsTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final TestWindow fx = new TestWindow("export-open-formats", Locale.ENGLISH);
  private Path folder;
  private MainWindow window;

  @Start
  void start(Stage stage) throws IOException {
    folder = Files.createTempDirectory("toile-export-open");
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

  private void openFrenchSampleAndExport(FxRobot robot) {
    Canvas paris = CanvasFiles.load(Path.of("samples/fr/paris-startup.toile.json"));
    robot.interact(() -> window.documents().openAsNew(paris));
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(showing(robot, ".export-run")).isTrue();
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

  private void run(FxRobot robot, Path file) {
    fx.prompts.files.add(file);
    robot.clickOn(".export-run");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void markdownInFrenchWithoutPaperOrPartsAndKeptForNextTime(FxRobot robot) throws IOException {
    openFrenchSampleAndExport(robot);
    robot.clickOn(".export-format-md");
    assertThat(find(robot, ".export-paper", ChoiceBox.class).isDisabled()).isTrue();
    assertThat(robot.lookup("The expansion roadmap").queryAs(CheckBox.class).isDisabled())
        .isTrue();
    assertThat(robot.lookup("An open format is text: it has no paper.").tryQuery()).isPresent();
    assertThat(showing(robot, ".export-bom")).as("CSV only").isFalse();
    assertThat(find(robot, ".export-language", ChoiceBox.class).getValue())
        .isEqualTo(Locale.FRENCH);
    Path md = folder.resolve("carnet.md");
    run(robot, md);
    assertThat(fx.prompts.proposed).last().asString().endsWith(".md");

    assertThat(showing(robot, ".export-written")).isTrue();
    assertThat(find(robot, ".export-written", Label.class).getText()).isEqualTo(md.toString());
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertThat(text).contains("## Segments de clientèle", "## Propositions de valeur")
        .doesNotContain("## Customer Segments");
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".export-format-md").queryAs(javafx.scene.control.RadioButton.class)
        .isSelected()).as("remembered for this canvas").isTrue();
    assertThat(find(robot, ".export-file", TextField.class).getText()).isEqualTo(md.toString());
    robot.clickOn(".export-format-canvas");
    assertThat(find(robot, ".export-file", TextField.class).getText())
        .isEqualTo(folder.resolve("carnet.canvas").toString());
    robot.clickOn(".export-run");
    WaitForAsyncUtils.waitForFxEvents();
    JsonNode canvas = new ObjectMapper().readTree(folder.resolve("carnet.canvas").toFile());
    long groups = StreamSupport.stream(canvas.get("nodes").spliterator(), false)
        .filter(n -> n.get("type").asText().equals("group")).count();
    assertThat(groups).as("the nine blocks").isEqualTo(9);
    assertThat(canvas.get("edges").isArray()).isTrue();
    robot.push(KeyCode.ESCAPE);
  }

  @Test
  void csvWithAByteOrderMarkWritesBothTables(FxRobot robot) throws IOException {
    openFrenchSampleAndExport(robot);
    robot.clickOn(".export-format-csv");
    assertThat(showing(robot, ".export-bom")).isTrue();
    assertThat(find(robot, ".export-bom", CheckBox.class).isSelected()).isFalse();
    robot.clickOn(".export-bom");
    Path csv = folder.resolve("carnet.csv");
    run(robot, csv);
    assertThat(showing(robot, ".export-written")).isTrue();
    byte[] notes = Files.readAllBytes(csv);
    byte[] segments = Files.readAllBytes(folder.resolve("carnet.segments.csv"));
    assertThat(notes).startsWith(BOM);
    assertThat(segments).startsWith(BOM);
    assertThat(new String(notes, StandardCharsets.UTF_8)).as("block names in French")
        .contains("Propositions de valeur").doesNotContain("Value Propositions");
    assertThat(new String(segments, StandardCharsets.UTF_8)).contains("Entrepreneurs solos");
    robot.push(KeyCode.ESCAPE);
  }

  @Test
  void anOpenFormatOverACanvasIsRefusedAndTheCanvasKept(FxRobot robot) throws IOException {
    openFrenchSampleAndExport(robot);
    // A canvas saved under a Markdown name is still a canvas.
    Path canvas = folder.resolve("notes.md");
    Files.copy(Path.of("samples/en/coffee-roaster.toile.json"), canvas);
    byte[] before = Files.readAllBytes(canvas);
    robot.clickOn(".export-format-md");
    run(robot, canvas);
    assertThat(showing(robot, ".export-failure")).isTrue();
    assertThat(find(robot, ".export-failure", Label.class).getText())
        .contains("an export never replaces a canvas");
    assertThat(Files.readAllBytes(canvas)).isEqualTo(before);
    TextClicks.click(robot, window.stage(), "Back");
    assertThat(showing(robot, ".export-run")).isTrue();
    robot.push(KeyCode.ESCAPE);
  }
}
