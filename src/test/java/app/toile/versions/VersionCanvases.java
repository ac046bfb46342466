package app.toile.versions;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The samples, and edits of them, for the comparison and merge tests. */
final class VersionCanvases {
  private VersionCanvases() {}

  static Canvas paris() {
    return CanvasFiles.load(Path.of("samples/en/paris-startup.toile.json"));
  }

  static Canvas editSegment(Canvas canvas, String id, UnaryOperator<CustomerSegment> edit) {
    return canvas.withSegment(edit.apply(canvas.segment(id).orElseThrow()));
  }

  static CustomerSegment pain(CustomerSegment s, int pain) {
    return s.withEvaluation(s.evaluation().withScore(Evaluation.Score.PAIN_DEPTH, pain));
  }
}
