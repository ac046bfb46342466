package app.toile.ui;

import app.toile.session.DocumentFiles;
import app.toile.session.Exports;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * The run that records the packaged app's AOT cache (see {@code src/packaging/train.sh}): the
 * editor opens the canvas it was given, as a founder's double-click would, and once that canvas
 * is in a frame, exports it to PDF through the editor's own export, then ends. What the cache
 * holds is then what opening and exporting a canvas load, the form's sections made after the
 * first frame included. Asked for with {@value #PROPERTY}{@code =<the PDF to write>}; without the
 * property, nothing is attached.
 */
final class TrainingRun {
  /** The system property naming the PDF the training run writes. */
  static final String PROPERTY = "toile.training.export";

  private TrainingRun() {}

  /** The PDF this run was asked to write, or null when it is not a training run. */
  static Path asked() {
    String target = System.getProperty(PROPERTY);
    return target == null || target.isBlank() ? null : Path.of(target);
  }

  /**
   * Once the scene's first frame with the canvas is drawn, exports the canvas to {@code target},
   * then ends the program: with status 0 once the export is written, 1 if it failed.
   */
  static void exportAfterFirstFrame(Scene scene, DocumentFiles files, Path target) {
    FirstFrameProbe.whenDrawn(scene, () -> files.document().openProperty().get(), () -> {
      Exports exports = files.exports();
      exports.stateProperty().addListener(new ChangeListener<Exports.State>() {
        @Override
        public void changed(ObservableValue<? extends Exports.State> o, Exports.State was,
            Exports.State now) {
          if (now == Exports.State.DONE || now == Exports.State.FAILED
              || now == Exports.State.CANCELLED) {
            exports.stateProperty().removeListener(this);
            end(now == Exports.State.DONE, "training export " + now + " " + target);
          }
        }
      });
      exports.start(exports.choices(Locale.ENGLISH).withTarget(target.toAbsolutePath()));
      if (exports.stateProperty().get() != Exports.State.RUNNING) {
        end(false, "training export did not start " + target);
      }
    });
  }

  /** Says how the run ended, for the build's log, and ends it: no prompt, no settings written. */
  private static void end(boolean written, String how) {
    System.out.println(how);
    System.out.flush();
    Runtime.getRuntime().halt(written ? 0 : 1);
  }
}
