package app.toile.ui.findings;

import app.toile.model.Canvas;
import app.toile.ui.document.Document;
import app.toile.validation.Finding;
import app.toile.validation.FindingSummary;
import app.toile.validation.Validator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The validator's findings on the open canvas, kept current as the canvas changes, for the status
 * bar and the segment editor. Validation is a pure, near-linear function of the canvas, so it runs
 * on each change; no scene-graph code.
 */
public final class FindingsViewModel {
  private final SimpleObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(List.of());
  private final SimpleObjectProperty<FindingSummary> summary =
      new SimpleObjectProperty<>(FindingSummary.of(List.of()));
  private final Document document;

  public FindingsViewModel(Document document) {
    this.document = document;
    document.canvasProperty().addListener((o, was, now) -> update(now));
    document.openProperty().addListener((o, was, now) -> update(document.canvas()));
    update(document.canvas());
  }

  private void update(Canvas canvas) {
    List<Finding> list = document.openProperty().get() ? Validator.validate(canvas) : List.of();
    findings.set(list);
    summary.set(FindingSummary.of(list));
  }

  // Properties

  /** The findings, in the validator's order; none while no canvas is open. */
  public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
    return findings;
  }

  /** How many findings of each severity. */
  public ReadOnlyObjectProperty<FindingSummary> summaryProperty() {
    return summary;
  }
}
