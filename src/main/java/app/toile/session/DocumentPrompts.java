package app.toile.session;

import app.toile.export.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions a document action may ask the user. The window answers with dialogs and file
 * choosers; tests answer directly.
 */
public interface DocumentPrompts {

  /** The answer to "save your changes first?". */
  enum SaveChoice { SAVE, DISCARD, CANCEL }

  /** Asks whether to save the unsaved changes of the named canvas before it is closed. */
  SaveChoice askSaveChanges(String canvasName);

  /** Asks for a canvas file to open. */
  Optional<Path> chooseFileToOpen();

  /** Asks where to save the canvas, proposing a file name. */
  Optional<Path> chooseFileToSave(String proposedName);

  /** Asks where to export the canvas (PDF or PNG), proposing a file name without extension. */
  Optional<Path> chooseExportFile(String proposedName);

  /** Asks where to export the canvas in one format, proposing a file name without extension. */
  default Optional<Path> chooseExportFile(String proposedName, ExportFormat format) {
    return chooseExportFile(proposedName);
  }

  /**
   * Asks where to export the canvas in one format, proposing a file (a bare name, or a path whose
   * folder the chooser starts in).
   */
  default Optional<Path> chooseExportFile(Path proposed, ExportFormat format) {
    String name = proposed.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return chooseExportFile(dot > 0 ? name.substring(0, dot) : name, format);
  }

  /** Tells the user an operation failed; {@code messageKey} names what failed in the ui bundle. */
  void showError(String messageKey, Path file, String detail);
}
