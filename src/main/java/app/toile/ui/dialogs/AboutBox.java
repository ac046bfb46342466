package app.toile.ui.dialogs;

import app.toile.ui.base.Localization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help › About: Toile's version, the runtime it runs on, its licence, the attribution of the
 * canvas, and the third-party notices generated from the dependencies at build time.
 */
public final class AboutBox {
  /** Written into the jar by the build from each dependency's declared licence. */
  static final String NOTICES = "/META-INF/toile-THIRD-PARTY.txt";

  private AboutBox() {}

  /** Shows the box; it does not block the window. */
  public static void show(Window owner, Localization l10n, String version) {
    Label what = new Label(l10n.ui().get("dialog.about.text", version));
    Label runtime = new Label(l10n.ui().get("dialog.about.runtime", runtime()));
    Label licence = new Label(l10n.ui().get("dialog.about.licence"));
    Label attribution = new Label(l10n.labels().get("attribution"));
    for (Label label : new Label[] {what, runtime, licence, attribution}) {
      label.setWrapText(true);
      label.setMinHeight(Region.USE_PREF_SIZE);
    }
    Label noticesTitle = new Label(l10n.ui().get("dialog.about.notices"));
    TextArea notices = new TextArea(notices());
    notices.setEditable(false);
    notices.setWrapText(true);
    notices.setPrefRowCount(10);
    notices.getStyleClass().add("about-notices");
    VBox content = new VBox(8, what, runtime, licence, attribution, noticesTitle, notices);
    content.setPrefWidth(560);
    Alert about = new Alert(Alert.AlertType.INFORMATION);
    about.initOwner(owner);
    about.setTitle(l10n.ui().get("action.about"));
    about.setHeaderText("Toile " + version);
    about.getDialogPane().setContent(content);
    about.getDialogPane().getStyleClass().add("about-box");
    about.setResizable(true);
    about.show();
  }

  /** "Java 25.0.3 (Eclipse Adoptium), JavaFX 21.0.12, Linux amd64". */
  static String runtime() {
    return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
        + "), JavaFX " + System.getProperty("javafx.runtime.version", "?") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  /** The third-party notices, or an empty text when the build wrote none (running from classes). */
  static String notices() {
    try (InputStream in = AboutBox.class.getResourceAsStream(NOTICES)) {
      return in == null ? "" : new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
