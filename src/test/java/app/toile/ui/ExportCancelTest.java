package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.session.CanvasExporter;
import app.toile.session.ExportChoices;
import app.toile.session.Samples;
import app.toile.ui.dialogs.FxPrompts;
import app.toile.ui.window.MainWindow;
import app.toile.ui.window.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An export runs on the worker with its progress in the dialog, and Cancel stops it. */
@ExtendWith(ApplicationExtension.class)
class ExportCancelTest {
  private final TestWindow fx = new TestWindow("export-cancel", Locale.ENGLISH);
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile Thread exporting;
  private MainWindow window;
  private TestPrompts prompts;

  /** Reports a third of the way, then waits to be cancelled, as a long export would. */
  private final CanvasExporter slow = new CanvasExporter() {
    @Override
    public void export(Canvas c, Path s, Path t, Locale l, DoubleConsumer p) {
      throw new AssertionError("the dialog's choices go through the other method");
    }

    @Override
    public void export(Canvas c, Path s, ExportChoices choices, DoubleConsumer progress) {
      exporting = Thread.currentThread();
      progress.accept(1.0 / 3);
      started.countDown();
      try {
        Thread.sleep(20_000);
      } catch (InterruptedException e) {
        throw new CancellationException("export cancelled");
      }
    }
  };

  @Start
  void start(Stage stage) {
    window = new MainWindow(stage, new Services(fx.store, slow, worker, fx.settings,
        Samples.none()));
    prompts = new TestPrompts(new FxPrompts(stage, window.localization(), () -> null));
    window.documents().setPrompts(prompts);
    window.show(null);
  }

  @AfterEach
  void stop() {
    worker.shutdownNow();
    fx.forget();
  }

  private boolean showing(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(n -> {
      for (Node p = n; p != null; p = p.getParent()) {
        if (!p.isVisible()) {
          return false;
        }
      }
      return n.getScene().getWindow().isShowing();
    }).orElse(false);
  }

  @Test
  void cancelStopsTheRunningExportAndWritesNothing(FxRobot robot) throws Exception {
    robot.interact(() -> window.documents().openAsNew(
        CanvasFiles.load(Path.of("samples/en/coffee-roaster.toile.json"))));
    WaitForAsyncUtils.waitForFxEvents();
    Path target = Files.createTempDirectory("toile-cancel").resolve("roaster.pdf");
    prompts.files.add(target);
    robot.push(KeyCode.CONTROL, KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(".export-run");
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(showing(robot, ".export-progress")).isTrue();
    assertThat(robot.lookup(".export-progress").queryAs(ProgressBar.class).getProgress())
        .isEqualTo(1.0 / 3);
    assertThat(exporting).isNotSameAs(Thread.currentThread()).isNotNull();
    assertThat(window.documents().busyProperty().get()).isTrue();

    robot.clickOn(".export-stop");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> !window.documents().busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(showing(robot, ".export-run")).as("back to the choices").isTrue();
    assertThat(Files.exists(target)).isFalse();
    robot.push(KeyCode.ESCAPE);
    Files.delete(target.getParent());
  }
}
