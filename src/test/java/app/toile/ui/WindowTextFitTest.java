package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Note;
import app.toile.session.Samples;
import app.toile.ui.window.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No text a founder needs is cut and no word is broken across lines, at the window sizes Toile
 * supports, in English and in French: every sample of the language and a new canvas, with each
 * tab of the side panel, the versions, a selected note, the guide, and the sample gallery.
 */
@ExtendWith(ApplicationExtension.class)
class WindowTextFitTest {
  private static final String NEW_CANVAS = "new canvas";
  private static final int[][] SIZES = {{1024, 700}, {1280, 800}, {1920, 1080}, {2560, 1440}};
  private Stage stage;
  private TestWindow test;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void forgetSettings() {
    if (test != null) {
      test.forget();
    }
  }

  /** Every sample of each language, and a new canvas. */
  static Stream<Arguments> canvases() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      try (Stream<Path> files = Files.list(Path.of("samples", language.getLanguage()))) {
        files.filter(f -> f.toString().endsWith(".toile.json")).sorted()
            .forEach(f -> all.add(Arguments.of(language, f.getFileName().toString())));
      }
      all.add(Arguments.of(language, NEW_CANVAS));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("canvases")
  void noTextIsCutAndNoWordIsBroken(Locale language, String sample, FxRobot robot)
      throws TimeoutException {
    test = new TestWindow("text-fit", language);
    robot.interact(() -> test.open(stage, Samples.installed(), null, new FileCanvasStore()));
    MainWindow window = test.window;
    Path file = Path.of("samples", language.getLanguage(), sample);
    robot.interact(() -> {
      if (sample.equals(NEW_CANVAS)) {
        window.documents().newCanvas();
      } else {
        window.documents().open(file);
      }
    });
    List<String> problems = new ArrayList<>();
    for (int[] size : SIZES) {
      robot.interact(() -> {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
      });
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
          () -> stage.getScene().getWidth() == size[0] && stage.getScene().getHeight() > 0);
      String where = sample + " " + language + " " + size[0] + "\u00d7" + size[1];
      problems.addAll(checkEditor(robot, window, where));
      if (sample.equals(NEW_CANVAS)) {
        problems.addAll(checkGallery(robot, window, "gallery " + where));
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The whole window with the segment's tab, then the side panel alone with each other tab, a
   * note selected, and the guide.
   */
  private List<String> checkEditor(FxRobot robot, MainWindow window, String where) {
    ShownTexts texts = new ShownTexts(where);
    TabPane tabs = window.editor().workspace().tabs();
    Parent side = (Parent) window.editor().getRight();
    robot.interact(() -> {
      window.canvas().selectFirstBlock();
      tabs.getSelectionModel().select(0);
    });
    check(robot, window.stage().getScene().getRoot(), texts);
    for (Tab tab : tabs.getTabs().subList(1, tabs.getTabs().size())) {
      robot.interact(() -> tabs.getSelectionModel().select(tab));
      check(robot, side, texts);
    }
    robot.interact(() -> window.actions().showVersions());
    check(robot, side, texts);
    robot.interact(() -> window.editor().workspace().versions().hide());
    window.documents().document().canvas().notes().values().stream()
        .flatMap(List::stream).map(Note::id).findFirst().ifPresent(note -> {
          robot.interact(() -> window.canvas().selectNote(note));
          check(robot, side, texts);
        });
    robot.interact(() -> window.guide().open());
    WaitForAsyncUtils.waitForFxEvents();
    check(robot, side, texts);
    robot.interact(() -> window.guide().leave());
    return texts.problems();
  }

  /** The sample gallery, over the window, closed without choosing. */
  private List<String> checkGallery(FxRobot robot, MainWindow window, String where) {
    Platform.runLater(window::openSample);
    WaitForAsyncUtils.waitForFxEvents();
    Window gallery = robot.listWindows().stream()
        .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
            && p.getStyleClass().contains("sample-gallery"))
        .findFirst().orElseThrow();
    ShownTexts texts = new ShownTexts(where);
    check(robot, gallery.getScene().getRoot(), texts);
    DialogPane pane = (DialogPane) gallery.getScene().getRoot();
    ButtonType cancel = pane.getButtonTypes().stream()
        .filter(b -> b.getButtonData() == ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
    robot.interact(() -> ((Button) pane.lookupButton(cancel)).fire());
    return texts.problems();
  }

  private static void check(FxRobot robot, Parent root, ShownTexts texts) {
    robot.interact(() -> {
      // The passes pulses would make: a block gives its notes their width in one, they wrap in
      // the next, a type made smaller to keep a word whole is styled and laid out in the last.
      for (int pass = 0; pass < 8; pass++) {
        root.applyCss();
        root.layout();
      }
      texts.check(root);
    });
  }
}
