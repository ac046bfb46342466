package app.toile.ui.versions;

import app.toile.ui.base.Icons;
import app.toile.ui.base.Localization;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * Asks for a version's name: a field filled with a proposal (today's date, or the name it has),
 * and under it, as it is typed, what is wrong with the name (empty, another version's); the
 * button that confirms is off while something is.
 */
final class VersionNameDialog {
  private VersionNameDialog() {}

  /**
   * Shows the dialog and waits for an answer.
   *
   * @param problem what is wrong with a name, in words, or empty
   * @return the name confirmed, stripped; empty when the dialog was cancelled
   */
  static Optional<String> ask(Window owner, Localization l10n, String title, String header,
      String okText, String proposed, Function<String, Optional<String>> problem) {
    Dialog<String> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    ButtonType ok = new ButtonType(okText, ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
    dialog.getDialogPane().getStyleClass().add("version-name-dialog");
    Label label = new Label(l10n.ui().get("dialog.saveVersion.name"));
    TextField name = new TextField(proposed);
    name.setId("version-name");
    name.setPrefColumnCount(28);
    label.setLabelFor(name);
    Label message = new Label();
    message.setId("version-name-problem");
    message.getStyleClass().add("version-name-problem");
    message.setWrapText(true);
    // An icon before the words, so that the colour is not the only mark.
    message.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
    Node okButton = dialog.getDialogPane().lookupButton(ok);
    Runnable check = () -> {
      Optional<String> p = problem.apply(name.getText());
      message.setText(p.orElse(""));
      message.setVisible(p.isPresent());
      okButton.setDisable(p.isPresent());
    };
    name.textProperty().addListener((o, was, now) -> check.run());
    check.run();
    VBox content = new VBox(6, label, name, message);
    content.setMinWidth(360);
    dialog.getDialogPane().setContent(content);
    dialog.setResultConverter(b -> b == ok ? name.getText().strip() : null);
    dialog.setOnShown(e -> Platform.runLater(() -> {
      name.requestFocus();
      name.selectAll();
    }));
    return dialog.showAndWait();
  }
}
