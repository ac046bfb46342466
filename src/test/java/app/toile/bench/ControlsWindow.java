package app.toile.bench;

import app.toile.ui.FirstFrameProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A reference for the start-up row, not a floor: the plainest window an editor could be, built
 * from standard controls with default styles and no data. A menu bar with four menus, a toolbar of
 * eight buttons and a form of ten labelled text fields. Its ratio to the bare window shows what
 * the standard controls alone cost to a first frame on a fresh JVM, whatever the application.
 */
public final class ControlsWindow {
  static final int MENUS = 4;
  static final int BUTTONS = 8;
  static final int FIELDS = 10;

  private ControlsWindow() {}

  public static void main(String[] args) {
    Application.launch(App.class, args);
  }

  /** Nested, so that the class started from the class path does not extend Application itself. */
  public static final class App extends Application {
    @Override
    public void start(Stage stage) {
      MenuBar menus = new MenuBar();
      for (int i = 1; i <= MENUS; i++) {
        menus.getMenus().add(new Menu("Menu " + i));
      }
      ToolBar tools = new ToolBar();
      for (int i = 1; i <= BUTTONS; i++) {
        tools.getItems().add(new Button("Action " + i));
      }
      GridPane form = new GridPane();
      form.setHgap(8);
      form.setVgap(6);
      for (int i = 0; i < FIELDS; i++) {
        form.addRow(i, new Label("Field " + (i + 1)), new TextField("Value " + (i + 1)));
      }
      BorderPane root = new BorderPane(form);
      root.setTop(new VBox(menus, tools));
      Scene scene = new Scene(root, 800, 600);
      stage.setScene(scene);
      FirstFrameProbe.reportWhen(scene, () -> true);
      stage.show();
    }
  }
}
