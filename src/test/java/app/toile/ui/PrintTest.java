package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import javafx.print.Printer;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+P where there is no printer: a plain message, no failure, nothing else happens. */
@ExtendWith(ApplicationExtension.class)
class PrintTest {
  private final TestWindow fx = new TestWindow("print", Locale.FRENCH);
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fx.open(stage, Samples.none(), null);
  }

  @AfterEach
  void forget() {
    fx.forget();
  }

  @Test
  void withNoPrinterSaysSoPlainly(FxRobot robot) {
    Assumptions.assumeTrue(Printer.getDefaultPrinter() == null,
        "a printer is installed here: this checks the machines that have none");
    robot.interact(() -> window.documents().openAsNew(
        CanvasFiles.load(Path.of("samples/fr/paris-startup.toile.json"))));
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(KeyCode.CONTROL, KeyCode.P);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane message = robot.lookup(".print-message").queryAs(DialogPane.class);
    assertThat(message.getHeaderText()).isEqualTo("Aucune imprimante n’est disponible.");
    assertThat(message.getContentText()).contains("Exportez un PDF");
    robot.interact(() -> message.getScene().getWindow().hide());

    robot.interact(() -> window.actions().setLanguage(Locale.ENGLISH));
    robot.interact(() -> window.actions().print());
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane english = robot.lookup(".print-message").queryAs(DialogPane.class);
    assertThat(english.getHeaderText()).isEqualTo("No printer is available.");
    robot.interact(() -> english.getScene().getWindow().hide());
  }
}
