package app.toile.validation;

import app.toile.model.Canvas;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.MarketDomain;
import app.toile.model.SegmentStatus;
import java.util.List;

/**
 * The rules that look at one segment alone, each giving at most one finding per segment.
 * {@code SEGMENT_NOT_EVALUATED} and {@code MARKET_KIND_MISMATCH} skip dropped segments; the others
 * look at every segment.
 */
final class SegmentRules {
  private SegmentRules() {}

  static void check(Canvas canvas, CustomerSegment s, List<Finding> out) {
    String id = s.id();
    if (TextKey.isBlank(s.name())) {
      out.add(Finding.of(FindingCode.SEGMENT_NO_NAME, Target.segment(id, "name")));
    }
    if (TextKey.isBlank(s.need())) {
      out.add(Finding.of(FindingCode.SEGMENT_NO_NEED, Target.segment(id, "need")));
    }
    if (!Criteria.anyFilled(s.profile())) {
      out.add(Finding.of(FindingCode.SEGMENT_NO_CRITERIA, Target.segment(id, "profile")));
    }
    evaluation(s, out);
    if (s.status() == SegmentStatus.FOCUS) {
      focus(s, out);
    }
    if (s.isActive() && canvas.market().domain() == MarketDomain.PROFESSIONAL
        && s.customerKind() == CustomerKind.PEOPLE) {
      out.add(Finding.of(FindingCode.MARKET_KIND_MISMATCH, Target.segment(id, "customerKind")));
    }
  }

  private static void evaluation(CustomerSegment s, List<Finding> out) {
    String id = s.id();
    Evaluation e = s.evaluation();
    if (s.isActive() && Attractiveness.scoreCount(e) == 0) {
      out.add(Finding.of(FindingCode.SEGMENT_NOT_EVALUATED, Target.segment(id, "evaluation")));
    }
    Integer pain = Ranges.score(e.painDepth());
    Integer budget = Ranges.score(e.budget());
    if (pain != null && budget != null && pain <= 2 && budget <= 2) {
      out.add(Finding.of(FindingCode.SEGMENT_WEAK, Target.segment(id, "evaluation"), pain, budget));
    }
    Double share = Ranges.share(e.marketSharePercent());
    if (share != null && share < 10) {
      out.add(Finding.of(FindingCode.SEGMENT_SMALL_SHARE,
          Target.segment(id, "evaluation.marketSharePercent"), share));
    }
    Integer value = Ranges.score(e.value());
    if (value != null && value <= 2) {
      out.add(Finding.of(FindingCode.SEGMENT_MISSION_MISFIT, Target.segment(id, "evaluation.value"),
          value));
    }
  }

  private static void focus(CustomerSegment s, List<Finding> out) {
    if (!Criteria.geographic(s.profile().geographic())) {
      out.add(Finding.of(FindingCode.FOCUS_NOT_GEOGRAPHIC,
          Target.segment(s.id(), "profile.geographic")));
    }
    var c = s.conquest();
    if (!Boolean.TRUE.equals(c.productMarketFit()) && !Boolean.TRUE.equals(c.retentionWorked())) {
      out.add(Finding.of(FindingCode.FOCUS_NO_PMF,
          Target.segment(s.id(), "conquest.productMarketFit")));
    }
  }
}
