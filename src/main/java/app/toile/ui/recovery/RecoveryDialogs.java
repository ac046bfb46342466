package app.toile.ui.recovery;

import app.toile.session.RecoveredWork;
import app.toile.ui.base.Localization;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Answers the recovery machinery with dialogs owned by the main window, in plain words. */
public final class RecoveryDialogs implements RecoveryPrompts {
  private final Window owner;
  private final Localization l10n;

  public RecoveryDialogs(Window owner, Localization l10n) {
    this.owner = owner;
    this.l10n = l10n;
  }

  @Override
  public Offer offer(RecoveredWork copy) {
    ButtonType restore = new ButtonType(text("recovery.restore"), ButtonData.YES);
    ButtonType discard = new ButtonType(text("recovery.discard"), ButtonData.NO);
    ButtonType later = new ButtonType(text("recovery.later"), ButtonData.CANCEL_CLOSE);
    String title = copy.title() == null || copy.title().isBlank()
        ? l10n.labels().get("canvas.untitled") : copy.title();
    String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(l10n.locale()).withZone(ZoneId.systemDefault()).format(copy.written());
    Path file = copy.file();
    String where = file == null ? text("recovery.whereUntitled")
        : text("recovery.whereFile", file.toString());
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
        text("recovery.content", when, where), restore, discard, later);
    alert.getDialogPane().getStyleClass().add("recovery-offer");
    alert.initOwner(owner);
    alert.setTitle(text("recovery.title"));
    alert.setHeaderText(text("recovery.header", title));
    ButtonType answer = alert.showAndWait().orElse(later);
    return answer == restore ? Offer.RESTORE : answer == discard ? Offer.DISCARD : Offer.LATER;
  }

  @Override
  public boolean overwriteChanged(String canvasName) {
    ButtonType overwrite = new ButtonType(text("externalChange.overwrite"), ButtonData.YES);
    ButtonType cancel = new ButtonType(text("dialog.unsaved.cancel"), ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.WARNING, text("externalChange.overwriteContent"),
        overwrite, cancel);
    alert.initOwner(owner);
    alert.setTitle(text("externalChange.title"));
    alert.setHeaderText(text("externalChange.overwriteHeader", canvasName));
    return alert.showAndWait().orElse(cancel) == overwrite;
  }

  @Override
  public void showCrash(Path log, boolean workSafe, Throwable error) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.getDialogPane().getStyleClass().add("crash-dialog");
    alert.initOwner(owner);
    alert.setTitle(text("crash.title"));
    alert.setHeaderText(text("crash.header"));
    String body = text(workSafe ? "crash.workSafe" : "crash.workAtRisk") + "\n\n"
        + (log == null ? text("crash.noLog") : text("crash.log", log.toString()));
    alert.setContentText(body);
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    TextArea details = new TextArea(trace.toString());
    details.setEditable(false);
    details.setPrefRowCount(12);
    alert.getDialogPane().setExpandableContent(details);
    // Not showAndWait: the error may come from inside a layout pass or an animation.
    alert.show();
  }

  @Override
  public void showRestoreFailed(RecoveredWork copy, String reason) {
    Alert alert = new Alert(Alert.AlertType.ERROR, reason);
    alert.initOwner(owner);
    alert.setTitle(text("recovery.title"));
    alert.setHeaderText(text("recovery.failed"));
    alert.show();
  }

  private String text(String key, Object... args) {
    return l10n.ui().get(key, args);
  }
}
