package app.toile.ui;

import app.toile.io.CanvasFile;
import app.toile.io.CanvasFiles;
import app.toile.session.FindingsResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The canvas file named on the command line, read on a thread of its own while the JavaFX toolkit
 * starts, instead of after the window is built: on two cores the toolkit spends much of its start
 * waiting for the display, and the read, its Jackson classes and the validator's fill that time.
 * Its findings are worked out on the same thread and offered to the session.
 * The editor's first read of the same file takes the result (or the same exception, so the
 * message is the one a later read would give); any other read goes to the disk as before.
 */
final class LaunchRead {
  private static Path file;
  private static CompletableFuture<CanvasFile> read;
  private static final CompletableFuture<FindingsResult> validated = new CompletableFuture<>();

  private LaunchRead() {}

  /** Starts reading {@code path} in the background. */
  static synchronized void start(Path path) {
    file = path;
    read = new CompletableFuture<>();
    CompletableFuture<CanvasFile> result = read;
    Thread reader = new Thread(() -> {
      try {
        CanvasFile canvas = CanvasFiles.open(path);
        result.complete(canvas);
        // Validated here too, while the toolkit starts: the session takes this result when the
        // canvas opens instead of validating it again on the UI thread.
        validated.complete(FindingsResult.of(canvas.canvas()));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }, "toile-launch-read");
    reader.setDaemon(true);
    reader.start();
  }

  /** Hands the launch file's findings, once worked out, to whoever shows them. */
  static void whenValidated(Consumer<FindingsResult> to) {
    validated.thenAccept(to);
  }

  /**
   * The canvas read at launch if {@code path} is that file and nobody took it yet; waits for the
   * read to end. Rethrows what the read threw.
   */
  static Optional<CanvasFile> take(Path path) {
    CompletableFuture<CanvasFile> pending;
    synchronized (LaunchRead.class) {
      if (read == null || !path.equals(file)) {
        return Optional.empty();
      }
      pending = read;
      read = null;
      file = null;
    }
    try {
      return Optional.of(pending.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
