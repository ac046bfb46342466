package app.toile.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.SampleCatalog;
import app.toile.model.Canvas;
import app.toile.session.SampleCanvas;
import app.toile.session.Samples;
import app.toile.ui.base.Localization;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The samples are read once, off the UI thread; the gallery or the error shows on it. */
@ExtendWith(ApplicationExtension.class)
class OpenSampleTest {
  private final List<Runnable> queued = new ArrayList<>();
  private final List<Canvas> opened = new ArrayList<>();
  private final List<RuntimeException> failures = new ArrayList<>();
  private final AtomicBoolean readOnUiThread = new AtomicBoolean();
  private final AtomicBoolean failedOnUiThread = new AtomicBoolean();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    // The theme the window sets: the gallery's stylesheet uses its colours.
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  private void runQueuedOnAnotherThread() throws InterruptedException {
    List<Runnable> tasks = List.copyOf(queued);
    queued.clear();
    for (Runnable task : tasks) {
      Thread t = new Thread(task);
      t.start();
      t.join();
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void readsTheSamplesOnceOffTheUiThreadThenOpensTheOneChosen(FxRobot robot) throws Exception {
    OpenSample command = new OpenSample(stage, new Localization(Locale.FRENCH), locale -> {
      readOnUiThread.set(Platform.isFxApplicationThread());
      return Samples.installed().all(locale);
    }, queued::add, opened::add, failures::add);
    robot.interact(() -> {
      command.run();
      command.run();
    });
    assertThat(queued).as("a second request while reading is ignored").hasSize(1);
    runQueuedOnAnotherThread();
    assertThat(readOnUiThread).isFalse();
    assertThat(robot.lookup(".sample-gallery").tryQuery()).isPresent();
    robot.push(KeyCode.RIGHT).push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(opened).containsExactly(Samples.installed().all(Locale.FRENCH).get(1).canvas());
    assertThat(failures).isEmpty();
  }

  @Test
  void tellsWhenTheSamplesCannotBeReadAndLetsTheUserTryAgain(FxRobot robot) throws Exception {
    OpenSample command = new OpenSample(stage, new Localization(Locale.ENGLISH), locale -> {
      throw new UncheckedIOException(new IOException("sample not found"));
    }, queued::add, opened::add, e -> {
      failedOnUiThread.set(Platform.isFxApplicationThread());
      failures.add(e);
    });
    robot.interact(command::run);
    runQueuedOnAnotherThread();
    assertThat(failures).singleElement().extracting(Throwable::getMessage).asString()
        .contains("sample not found");
    assertThat(failedOnUiThread).isTrue();
    robot.interact(command::run);
    assertThat(queued).as("reading again after a failure").hasSize(1);
    assertThat(opened).isEmpty();
  }
}
