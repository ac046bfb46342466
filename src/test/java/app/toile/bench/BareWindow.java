package app.toile.bench;

import app.toile.ui.FirstFrameProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up floor: the barest JavaFX window, one label in a stack pane with default styles,
 * reporting its first frame the same way the editor does.
 */
public final class BareWindow {
  private BareWindow() {}

  public static void main(String[] args) {
    Application.launch(App.class, args);
  }

  /** Nested, so that the class started from the class path does not extend Application itself. */
  public static final class App extends Application {
    @Override
    public void start(Stage stage) {
      Scene scene = new Scene(new StackPane(new Label("Toile")), 800, 600);
      stage.setScene(scene);
      FirstFrameProbe.reportWhen(scene, () -> true);
      stage.show();
    }
  }
}
