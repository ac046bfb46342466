package app.toile.ui.findings;

import app.toile.model.Canvas;
import app.toile.ui.document.Document;
import app.toile.validation.Finding;
import app.toile.validation.FindingMessages;
import app.toile.validation.FindingSummary;
import app.toile.validation.Ranking;
import app.toile.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Validation as the founder types, for the status bar and the segment editor: every new canvas is
 * validated and its findings, their summary and the ranking published together; none while no
 * canvas is open. Sample-sized canvases validate in well under a millisecond,
 * so this happens at once on the caller's thread; a canvas above {@link #LARGE} segments and notes
 * is validated on a worker, and its result published only if the canvas has not changed since.
 * No scene-graph code: tests drive it without a toolkit.
 */
public final class FindingsViewModel {
  /** Segments plus notes above which validation leaves the UI thread. */
  public static final int LARGE = 2_000;

  private final ObservableValue<Canvas> canvas;
  private final ObservableValue<Boolean> open;
  private final ObservableValue<Locale> locale;
  private final Executor worker;
  private final Executor ui;
  private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
  private final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(List.of());
  private final ObjectProperty<FindingSummary> summary =
      new SimpleObjectProperty<>(FindingSummary.of(List.of()));
  private FindingMessages messages;

  /** Findings of a document's canvas, validated at once, with English messages. */
  public FindingsViewModel(Document document) {
    this(document.canvasProperty(), document.openProperty(),
        new SimpleObjectProperty<>(Locale.ENGLISH), Runnable::run, Runnable::run);
  }

  /**
   * @param canvas the document's canvas
   * @param open whether a canvas is open
   * @param locale the language of the messages
   * @param worker runs validation of large canvases
   * @param ui publishes results on the UI thread
   */
  public FindingsViewModel(ObservableValue<Canvas> canvas, ObservableValue<Boolean> open,
      ObservableValue<Locale> locale, Executor worker, Executor ui) {
    this.canvas = canvas;
    this.open = open;
    this.locale = locale;
    this.worker = worker;
    this.ui = ui;
    canvas.addListener((o, was, now) -> validate(now));
    open.addListener((o, was, now) -> validate(canvas.getValue()));
    locale.addListener((o, was, now) -> messages = null);
    validate(canvas.getValue());
  }

  // Properties

  /** The latest findings, summary and ranking, always of one and the same canvas. */
  public ReadOnlyObjectProperty<Result> resultProperty() {
    return result;
  }

  /** The findings, in the validator's order; none while no canvas is open. */
  public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
    return findings;
  }

  /** How many findings of each severity. */
  public ReadOnlyObjectProperty<FindingSummary> summaryProperty() {
    return summary;
  }

  public List<Finding> findings() {
    return result.get().findings();
  }

  public FindingSummary summary() {
    return result.get().summary();
  }

  public Ranking ranking() {
    return result.get().ranking();
  }

  /** The findings that point at one segment. */
  public List<Finding> forSegment(String segmentId) {
    return findings().stream().filter(f -> segmentId.equals(f.target().segmentId())).toList();
  }

  /** The message of a finding in the current language. */
  public String message(Finding f) {
    if (messages == null) {
      messages = new FindingMessages(result.get().canvas(), locale.getValue());
    }
    return messages.format(f);
  }

  // Commands

  private void validate(Canvas c) {
    if (!Boolean.TRUE.equals(open.getValue())) {
      publish(new Result(c, List.of(), FindingSummary.of(List.of()), new Ranking(List.of())));
      return;
    }
    int size = c.segments().size() + c.noteCount();
    if (size <= LARGE) {
      publish(Result.of(c));
    } else {
      worker.execute(() -> {
        Result r = Result.of(c);
        ui.execute(() -> {
          if (canvas.getValue() == c && Boolean.TRUE.equals(open.getValue())) {
            publish(r);
          }
        });
      });
    }
  }

  private void publish(Result r) {
    messages = null;
    result.set(r);
    findings.set(r.findings());
    summary.set(r.summary());
  }

  /**
   * What validation found in one canvas.
   *
   * @param canvas the canvas validated
   * @param findings its findings, in the validator's order
   * @param summary their summary
   * @param ranking its active segments ranked by attractiveness
   */
  public record Result(Canvas canvas, List<Finding> findings, FindingSummary summary,
      Ranking ranking) {

    static Result of(Canvas c) {
      Ranking ranking = Ranking.of(c);
      List<Finding> findings = Validator.validate(c, ranking);
      return new Result(c, findings, FindingSummary.of(findings), ranking);
    }
  }
}
