package app.toile.ui.findings;

import app.toile.session.EditorSession;
import app.toile.session.FindingsResult;
import app.toile.session.SessionFindings;
import app.toile.ui.base.Level;
import app.toile.validation.Finding;
import app.toile.validation.FindingMessages;
import app.toile.validation.FindingSummary;
import app.toile.validation.Ranking;
import app.toile.validation.Severity;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The session's findings as the findings list, the status bar and the ranking show them, with
 * their messages in the current language. No scene-graph code: tests drive it without a toolkit.
 */
public final class FindingsViewModel {
  /** Segments plus notes above which validation leaves the UI thread. */
  public static final int LARGE = SessionFindings.LARGE;

  private final EditorSession session;
  private final ObjectBinding<List<Finding>> findings;
  private final ObjectBinding<FindingSummary> summary;
  private FindingMessages messages;

  /**
   * One finding as the findings list shows it.
   *
   * @param index its place among the findings of the result it came from
   * @param level how serious it is
   * @param code its code, shown as a tooltip
   */
  public record Row(int index, Level level, String code) {}

  /**
   * One finding as the segment editor marks it on a field.
   *
   * @param field the path of the field it is about ({@code servedBy} when it names none)
   * @param level how serious it is
   * @param message its message in the current language
   */
  public record FieldMark(String field, Level level, String message) {}

  public FindingsViewModel(EditorSession session) {
    this.session = session;
    ReadOnlyObjectProperty<FindingsResult> result = session.findings().resultProperty();
    findings = Bindings.createObjectBinding(() -> result.get().findings(), result);
    summary = Bindings.createObjectBinding(() -> result.get().summary(), result);
    result.addListener(o -> messages = null);
    session.localeProperty().addListener(o -> messages = null);
  }

  // Properties

  /** The latest findings, summary and ranking, always of one and the same canvas. */
  public ReadOnlyObjectProperty<FindingsResult> resultProperty() {
    return session.findings().resultProperty();
  }

  /** The findings, in the validator's order; none while no canvas is open. */
  public ObjectBinding<List<Finding>> findingsProperty() {
    return findings;
  }

  /** How many findings of each severity. */
  public ObjectBinding<FindingSummary> summaryProperty() {
    return summary;
  }

  public List<Finding> findings() {
    return resultProperty().get().findings();
  }

  public FindingSummary summary() {
    return resultProperty().get().summary();
  }

  public Ranking ranking() {
    return resultProperty().get().ranking();
  }

  /** The findings that point at one segment. */
  public List<Finding> forSegment(String segmentId) {
    return resultProperty().get().forSegment(segmentId);
  }

  /** The message of a finding in the current language. */
  public String message(Finding f) {
    if (messages == null) {
      messages = new FindingMessages(resultProperty().get().canvas(),
          session.localeProperty().getValue());
    }
    return messages.format(f);
  }

  /** The findings as rows of the findings list, in the validator's order. */
  public List<Row> rows() {
    List<Finding> all = findings();
    return IntStream.range(0, all.size())
        .mapToObj(i -> new Row(i, level(all.get(i).severity()), all.get(i).code().name()))
        .toList();
  }

  /** The findings of one segment as marks on its fields, in the validator's order. */
  public List<FieldMark> fieldMarks(String segmentId) {
    return forSegment(segmentId).stream()
        .map(f -> new FieldMark(f.target().field() == null ? "servedBy" : f.target().field(),
            level(f.severity()), message(f)))
        .toList();
  }

  /** The message of a row in the current language. */
  public String message(Row row) {
    return message(findings().get(row.index()));
  }

  /** Goes where the finding of a row points. */
  public void open(Row row) {
    open(findings().get(row.index()));
  }

  /** The level a view draws for a severity; null for none. */
  public static Level level(Severity s) {
    return s == null ? null : Level.valueOf(s.name());
  }

  /** Goes where a finding points: its segment's field, its note, the market, or the block. */
  public void open(Finding f) {
    session.openFinding(f);
  }
}
