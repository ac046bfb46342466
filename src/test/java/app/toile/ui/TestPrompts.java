package app.toile.ui;

import app.toile.session.DocumentPrompts;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Answers the file choosers (which headless tests cannot drive) from a queue, and hands the
 * save prompt and error messages to the window's real dialogs.
 */
public final class TestPrompts implements DocumentPrompts {
  private final DocumentPrompts real;
  public final Deque<Path> files = new ArrayDeque<>();
  /** The file names the save and export choosers were asked to propose, in order. */
  public final java.util.List<String> proposed = new java.util.ArrayList<>();

  public TestPrompts(DocumentPrompts real) {
    this.real = real;
  }

  @Override
  public SaveChoice askSaveChanges(String canvasName) {
    return real.askSaveChanges(canvasName);
  }

  @Override
  public Optional<Path> chooseFileToOpen() {
    return Optional.ofNullable(files.poll());
  }

  @Override
  public Optional<Path> chooseFileToSave(String proposedName) {
    proposed.add(proposedName);
    return Optional.ofNullable(files.poll());
  }

  @Override
  public Optional<Path> chooseExportFile(Path proposedFile, app.toile.session.ExportKind format) {
    proposed.add(proposedFile.getFileName().toString());
    return Optional.ofNullable(files.poll());
  }

  @Override
  public void showError(String messageKey, Path file, String detail) {
    real.showError(messageKey, file, detail);
  }
}
