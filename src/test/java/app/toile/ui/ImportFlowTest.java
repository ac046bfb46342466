package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.session.Document;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import…: the file chosen opens as a new unsaved untitled canvas; when something of it had
 * no place in a canvas, a dialog says what and why; a file that cannot be read says why.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {
  private final TestWindow fx = new TestWindow("import", Locale.ENGLISH);
  private MainWindow window;

  @TempDir
  Path dir;

  @Start
  void start(Stage stage) {
    window = fx.open(stage, Samples.installed(), null);
  }

  @AfterEach
  void forgetSettings() {
    fx.forget();
  }

  private void importFromTheMenu(FxRobot robot, Path file, String menu, String item) {
    window.imports().setChooser(owner -> Optional.of(file));
    TextClicks.click(robot, window.stage(), menu);
    WaitForAsyncUtils.waitForFxEvents();
    TextClicks.click(robot, window.stage(), item);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aFileWithWhatHasNoPlaceOpensAndTheReportSaysWhatWasDropped(FxRobot robot)
      throws IOException {
    Path md = dir.resolve("plan.md");
    Files.writeString(md, "---\ntitle: Plan\n---\n\n## Key Partners\n\n- Banks\n  - a sub-item\n"
        + "\n## Channels\n\n- Web ![logo](logo.png)\n");
    importFromTheMenu(robot, md, "File", "Import\u2026");

    Document document = window.documents().document();
    assertThat(document.openProperty().get()).isTrue();
    assertThat(document.file()).as("untitled").isNull();
    assertThat(document.isUnsaved()).isTrue();
    assertThat(document.canvas().header().title()).isEqualTo("Plan");
    assertThat(document.canvas().notes(Block.KEY_PARTNERS)).extracting(n -> n.text())
        .containsExactly("Banks");
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).startsWith("Some of \u201cplan.md\u201d has no place");
    String report = robot.lookup(".import-report").queryAs(TextArea.class).getText();
    assertThat(report).contains("read 2 notes in 2 blocks",
        "plan.md:8: dropped: the nested item \u201c- a sub-item\u201d",
        "plan.md:12: dropped: the picture \u201clogo.png\u201d", "2 things were dropped");
    robot.clickOn("Close");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".import-report").tryQuery()).isEmpty();
  }

  @Test
  void aCompleteImportShowsNoReportAndSpeaksTheEditorsLanguage(FxRobot robot) throws IOException {
    Path csv = dir.resolve("notes.csv");
    Files.writeString(csv, "block,text,colour,segments\r\nCanaux,Bouche à oreille,vert,Artisans\r\n");
    robot.interact(() -> window.localization().setLocale(Locale.FRENCH));
    importFromTheMenu(robot, csv, "Fichier", "Importer\u2026");
    Document document = window.documents().document();
    assertThat(document.canvas().notes(Block.CHANNELS)).hasSize(1);
    assertThat(document.canvas().segments()).extracting(s -> s.name()).containsExactly("Artisans");
    assertThat(robot.lookup(".import-report").tryQuery()).isEmpty();
    assertThat(window.stage().getTitle()).startsWith("*");
  }

  @Test
  void aFileThatCannotBeReadSaysWhyAndLeavesTheCanvasAsItWas(FxRobot robot) throws IOException {
    Path md = dir.resolve("latin1.md");
    Files.write(md, "## Channels\n\n- Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    importFromTheMenu(robot, md, "File", "Import\u2026");
    assertThat(window.documents().document().openProperty().get()).isFalse();
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo("Could not import \u201clatin1.md\u201d.");
    assertThat(dialog.getContentText()).contains(":3:6: not valid UTF-8");
  }
}
