package app.toile.ui;

import app.toile.ui.base.UserSettings;
import app.toile.ui.document.Samples;
import app.toile.ui.window.MainWindow;
import app.toile.ui.window.Services;
import java.nio.file.Path;
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

  public static void main(String[] args) {
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
    Services services = new Services(new FileCanvasStore(), new FileCanvasExporter(), worker, UserSettings.forUser(),
        Samples.installed());
    List<String> args = getParameters().getUnnamed();
    new MainWindow(stage, services).show(args.isEmpty() ? null : Path.of(args.get(0)));
  }

  @Override
  public void stop() {
    if (worker != null) {
      worker.shutdown();
    }
  }
}
