package app.toile.ui;

import app.toile.ui.base.UserSettings;
import app.toile.ui.recovery.RecoveryDialogs;
import app.toile.session.Samples;
import app.toile.ui.recovery.Recovery;
import app.toile.ui.recovery.RecoverySettings;
import app.toile.ui.window.MainWindow;
import app.toile.ui.window.Services;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The Toile editor. With a file argument it opens that canvas; without, it shows the start screen.
 */
public class ToileApp extends Application {
  private ExecutorService worker;
  private ExecutorService validation;
  private Recovery recovery;

  public static void main(String[] args) {
    // The file opens once the window is up; reading it can start now (see LaunchRead).
    Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().ifPresent(a -> {
      try {
        LaunchRead.start(Path.of(a));
      } catch (InvalidPathException e) {
        // Not a path: the editor reports it when it tries to open it.
      }
    });
    launch(ToileApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    // One thread is enough: reads and writes of one document must not overtake each other.
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "toile-files");
      t.setDaemon(true);
      return t;
    });
    // Large canvases validate on a thread of their own, never behind a save.
    validation = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "toile-validation");
      t.setDaemon(true);
      return t;
    });
    Services services = new Services(new FileCanvasStore(), new FileCanvasExporter(), worker,
        validation, UserSettings.forUser(), Samples.installed());
    List<String> args = getParameters().getUnnamed();
    MainWindow window = new MainWindow(stage, services);
    LaunchRead.whenValidated(window.session().findings()::offer);
    if (FirstFrameProbe.asked()) {
      // With a file to open, the frame that counts is the one showing its canvas.
      FirstFrameProbe.reportWhen(stage.getScene(),
          () -> args.isEmpty() || window.documents().document().openProperty().get());
    }
    // Recovery copies go through the same worker as saves, so they never overtake each other.
    recovery = Recovery.attach(window, RecoverySettings.forUser(worker),
        new RecoveryDialogs(stage, window.localization()));
    window.show(null);
    // Work lost in a crash comes first; the file asked for opens when none is restored.
    if (!recovery.offerPending() && !args.isEmpty()) {
      window.documents().open(Path.of(args.get(0)));
    }
  }

  @Override
  public void stop() {
    if (recovery != null) {
      recovery.detach();
    }
    if (validation != null) {
      validation.shutdownNow();
    }
    if (worker != null) {
      worker.shutdown();
      try {
        // Lets the last removal of a recovery copy finish before the JVM goes.
        worker.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
