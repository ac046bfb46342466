package app.toile.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The Toile editor window. */
public class ToileApp extends Application {

  public static void main(String[] args) {
    launch(ToileApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("Toile");
    stage.setScene(new Scene(new StackPane(new Label("Toile")), 1024, 700));
    stage.show();
  }
}
