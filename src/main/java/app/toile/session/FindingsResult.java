package app.toile.session;

import app.toile.model.Canvas;
import app.toile.validation.Finding;
import app.toile.validation.FindingSummary;
import app.toile.validation.Ranking;
import app.toile.validation.Validator;
import java.util.List;

/**
 * What validation found in one canvas.
 *
 * @param canvas the canvas validated
 * @param findings its findings, in the validator's order
 * @param summary their summary
 * @param ranking its active segments ranked by attractiveness
 */
public record FindingsResult(Canvas canvas, List<Finding> findings, FindingSummary summary,
    Ranking ranking) {

  /** Validates a canvas. */
  public static FindingsResult of(Canvas c) {
    Ranking ranking = Ranking.of(c);
    List<Finding> findings = Validator.validate(c, ranking);
    return new FindingsResult(c, findings, FindingSummary.of(findings), ranking);
  }

  /** Nothing found: no canvas is open. */
  static FindingsResult none(Canvas c) {
    return new FindingsResult(c, List.of(), FindingSummary.of(List.of()), new Ranking(List.of()));
  }

  /** The findings that point at one segment. */
  public List<Finding> forSegment(String segmentId) {
    return findings.stream().filter(f -> segmentId.equals(f.target().segmentId())).toList();
  }
}
