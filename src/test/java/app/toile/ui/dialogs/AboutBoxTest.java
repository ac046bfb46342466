package app.toile.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.ui.base.Localization;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help › About names the version and the runtime, and carries the generated notices. */
@ExtendWith(ApplicationExtension.class)
class AboutBoxTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  @Test
  void aboutShowsVersionRuntimeLicenceAndEveryShippedLibrary(FxRobot robot) {
    robot.interact(() -> AboutBox.show(stage, new Localization(Locale.FRENCH), "1.2.3"));
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane about = robot.lookup(".about-box").queryAs(DialogPane.class);
    assertThat(about.getHeaderText()).isEqualTo("Toile 1.2.3");
    assertThat(robot.from(about).lookup(".label").queryAllAs(Label.class))
        .extracting(Label::getText)
        .anyMatch(t -> t.startsWith("Fonctionne avec Java " + System.getProperty("java.version")))
        .anyMatch(t -> t.contains("Apache 2.0"));
    String notices = robot.from(about).lookup(".about-notices").queryAs(TextArea.class).getText();
    // Generated from the dependencies at build time: the libraries a user's copy holds are named.
    assertThat(notices).contains("org.apache.pdfbox:pdfbox:", "org.openjfx:javafx-controls:",
        "org.controlsfx:controlsfx:", "tools.jackson.core:jackson-databind:");
    assertThat(notices).doesNotContain("junit", "testfx", "archunit");
    robot.interact(() -> about.getScene().getWindow().hide());
  }
}
