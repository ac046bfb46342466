package app.toile.ui;

import app.toile.recovery.DataFolder;
import app.toile.session.Samples;
import app.toile.ui.base.UserSettings;
import app.toile.ui.recovery.Recovery;
import app.toile.ui.recovery.RecoveryDialogs;
import app.toile.ui.recovery.RecoverySettings;
import app.toile.ui.window.MainWindow;
import app.toile.ui.window.Services;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The Toile editor. With a file argument it opens that canvas; without, it shows the start screen.
 */
public class ToileApp extends Application {
  /** Set to true for an editor of its own, which neither hands over to nor listens for others. */
  static final String ALONE = "toile.alone";
  private ExecutorService worker;
  private ExecutorService validation;
  private Services services;
  private final List<Recovery> recoveries = new ArrayList<>();
  private RunningEditor launches;

  public static void main(String[] args) {
    FirstFrameProbe.phase("main");
    if (!alone() && RunningEditor.handOver(socket(), Arrays.asList(args))) {
      // The editor already running opens the files in a window of its own.
      return;
    }
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
    FirstFrameProbe.phase("start");
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
    services = new Services(new FileCanvasStore(), new FileCanvasExporter(), worker,
        validation, UserSettings.forUser(), Samples.installed());
    List<String> args = getParameters().getUnnamed();
    Path training = TrainingRun.asked();
    MainWindow window = openWindow(stage, args, true);
    LaunchRead.whenValidated(window.session().findings()::offer);
    if (FirstFrameProbe.asked()) {
      // With a file to open, the frame that counts is the one showing its canvas.
      FirstFrameProbe.reportWhen(stage.getScene(),
          () -> args.isEmpty() || window.documents().document().openProperty().get());
    } else if (training != null) {
      TrainingRun.exportAfterFirstFrame(stage.getScene(), window.documents(), training);
    }
    if (!alone()) {
      launches = RunningEditor.listen(socket(),
          later -> Platform.runLater(() -> openWindow(new Stage(), later, false)));
    }
  }

  /**
   * A window of the editor, opening the first file asked for. The first window also offers back
   * the work lost in a crash, which comes before any file.
   */
  private MainWindow openWindow(Stage stage, List<String> args, boolean first) {
    MainWindow window = new MainWindow(stage, services);
    FirstFrameProbe.phase("window-built");
    // Recovery copies go through the same worker as saves, so they never overtake each other.
    Recovery recovery = Recovery.attach(window, RecoverySettings.forUser(worker),
        new RecoveryDialogs(stage, window.localization()));
    recoveries.add(recovery);
    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
      if (recoveries.size() > 1 && recoveries.remove(recovery)) {
        recovery.detach();
      }
    });
    window.show(null);
    FirstFrameProbe.phase("window-shown");
    List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
    if (!(first && recovery.offerPending()) && !files.isEmpty()) {
      window.documents().open(Path.of(files.get(0)));
      FirstFrameProbe.phase("canvas-opened");
    }
    if (!first) {
      stage.toFront();
    }
    return window;
  }

  private static boolean alone() {
    return FirstFrameProbe.asked() || Boolean.getBoolean(ALONE);
  }

  private static Path socket() {
    return DataFolder.forUser().resolve("editor.socket");
  }

  @Override
  public void stop() {
    if (launches != null) {
      launches.close();
    }
    recoveries.forEach(Recovery::detach);
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
