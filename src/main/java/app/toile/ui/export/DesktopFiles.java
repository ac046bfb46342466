package app.toile.ui.export;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Opens files through {@link Desktop}, off the UI thread and within a few seconds: on a machine
 * with no desktop (a server, a bare X display) the call may fail, block or be unsupported, and
 * the editor must neither hang nor crash; the caller then says where the file is.
 */
public final class DesktopFiles implements FileOpener {
  /** How long a desktop gets to answer before the editor gives up on it. */
  private static final long PATIENCE_SECONDS = 5;

  @Override
  public CompletionStage<Boolean> open(Path file) {
    return ask(file.toFile(), false);
  }

  @Override
  public CompletionStage<Boolean> showInFolder(Path file) {
    return ask(file.toFile(), true);
  }

  private static CompletionStage<Boolean> ask(File file, boolean folder) {
    CompletableFuture<Boolean> answer = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        answer.complete(run(file, folder));
      } catch (Exception | LinkageError e) {
        // No desktop library, no handler for the type, or an X server that refused us.
        answer.complete(false);
      }
    }, "toile-desktop");
    t.setDaemon(true);
    t.start();
    return answer.completeOnTimeout(false, PATIENCE_SECONDS, TimeUnit.SECONDS);
  }

  private static boolean run(File file, boolean folder) throws Exception {
    if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
      return false;
    }
    Desktop desktop = Desktop.getDesktop();
    if (folder && desktop.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
      desktop.browseFileDirectory(file);
      return true;
    }
    if (!desktop.isSupported(Desktop.Action.OPEN)) {
      return false;
    }
    File target = folder ? file.getAbsoluteFile().getParentFile() : file;
    if (target == null) {
      return false;
    }
    desktop.open(target);
    return true;
  }
}
