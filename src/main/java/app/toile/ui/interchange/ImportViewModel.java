package app.toile.ui.interchange;

import app.toile.interchange.ImportReportText;
import app.toile.interchange.ImportResult;
import app.toile.interchange.InterchangeFormat;
import app.toile.session.EditorSession;
import app.toile.session.OpenFormats;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * File › Import…: a Markdown, JSON Canvas or CSV file becomes a new unsaved canvas, through the
 * session's open formats, and when something of it had no place in the canvas, a report to show.
 */
public final class ImportViewModel {
  private final OpenFormats formats;
  private final EditorSession session;
  private final ObservableValue<Locale> locale;
  private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
  private final ReadOnlyObjectWrapper<Failure> failure =
      new ReadOnlyObjectWrapper<>(this, "failure");

  /**
   * What an import could not carry, to show the user.
   *
   * @param file the file's name
   * @param lines the report's lines: what was read, what was kept and dropped, the total
   */
  public record Report(String file, List<String> lines) {}

  /**
   * Why a file could not be imported.
   *
   * @param file the file's name
   * @param reason the reason, in one line
   */
  public record Failure(String file, String reason) {}

  public ImportViewModel(EditorSession session) {
    this.session = session;
    this.formats = session.openFormats();
    this.locale = session.localeProperty();
  }

  // Properties

  /** The file extensions an import reads, without the dot. */
  public List<String> extensions() {
    return OpenFormats.formats().stream().map(InterchangeFormat::extension).toList();
  }

  /** The folder of the open canvas's file, where the file chooser starts; empty if none. */
  public Optional<Path> folder() {
    Path file = session.document().file();
    return Optional.ofNullable(file == null ? null : file.toAbsolutePath().getParent());
  }

  /** True while a file is imported. */
  public ReadOnlyBooleanProperty busyProperty() {
    return formats.busyProperty();
  }

  /** The report of the last import that dropped something, until it is shown; else null. */
  public ReadOnlyObjectProperty<Report> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** Why the last import failed, until it is shown; else null. */
  public ReadOnlyObjectProperty<Failure> failureProperty() {
    return failure.getReadOnlyProperty();
  }

  // Commands

  /** Imports a file, its format from its extension, once unsaved changes are safe. */
  public void importFile(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    formats.importFile(file, null, result -> done(name, result),
        reason -> failure.set(new Failure(name, reason)));
  }

  /** The report was shown. */
  public void reportShown() {
    report.set(null);
  }

  /** The failure was shown. */
  public void failureShown() {
    failure.set(null);
  }

  private void done(String name, ImportResult result) {
    if (!result.report().complete()) {
      // The dialog names the file once in its header: the lines name it short.
      report.set(new Report(name, new ImportReportText(locale.getValue())
          .lines(result.report().withSource(name))));
    }
  }
}
