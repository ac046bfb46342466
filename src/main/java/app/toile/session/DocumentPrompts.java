package app.toile.session;

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

  /**
   * Asks where to export the canvas in one format, proposing a file: a bare name, or a path whose
   * folder the chooser starts in. The chooser shows the files of that format.
   */
  Optional<Path> chooseExportFile(Path proposed, ExportKind format);

  /** Tells the user an operation failed; {@code messageKey} names what failed in the ui bundle. */
  void showError(String messageKey, Path file, String detail);
}
