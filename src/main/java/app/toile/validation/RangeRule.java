package app.toile.validation;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import java.util.List;
import java.util.function.Function;

/**
 * {@code SEGMENT_BAD_RANGE}, once per offending field: an age outside 0..120, a minimum age above
 * the maximum (both in range; reported on the maximum), a score outside 1..5, a market share
 * outside 0..100 %, a negative estimated size, customer count or budget amount. The market's
 * target ages follow the same age rules and are reported on the canvas
 * ({@code market.target.ageMin}, {@code market.target.ageMax}): the loader accepts them as freely,
 * and nothing else would report them.
 */
final class RangeRule {
  private static final String AGE = ".age";
  private static final String AGE_ORDER = ".ageOrder";
  private static final String SCORE = ".score";
  private static final String SHARE = ".share";
  private static final String NEGATIVE = ".negative";
  /** Suffix of the variants for the market's target ages, which belong to no segment. */
  private static final String MARKET = ".market";

  /** The message key variants this rule uses, for the bundle's completeness test. */
  static final List<String> MESSAGE_KEYS =
      List.of(AGE, AGE_ORDER, SCORE, SHARE, NEGATIVE, AGE + MARKET, AGE_ORDER + MARKET).stream()
          .map(v -> FindingCode.SEGMENT_BAD_RANGE.messageKey() + v).toList();

  private RangeRule() {}

  static void check(CustomerSegment s, List<Finding> out) {
    String id = s.id();
    var demographic = s.profile().demographic();
    ages(demographic.ageMin(), demographic.ageMax(),
        f -> Target.segment(id, "profile.demographic." + f), "", out);
    Evaluation e = s.evaluation();
    for (Evaluation.Score score : Evaluation.Score.values()) {
      Integer v = e.score(score);
      if (v != null && !Ranges.isScore(v)) {
        out.add(bad(Target.segment(id, "evaluation." + score.key()), SCORE, v));
      }
    }
    if (e.marketSharePercent() != null && !Ranges.isShare(e.marketSharePercent())) {
      out.add(bad(Target.segment(id, "evaluation.marketSharePercent"), SHARE,
          e.marketSharePercent()));
    }
    if (Ranges.isNegative(e.estimatedCustomers())) {
      out.add(bad(Target.segment(id, "evaluation.estimatedCustomers"), NEGATIVE,
          e.estimatedCustomers()));
    }
    if (Ranges.isNegative(e.budgetAmount())) {
      out.add(bad(Target.segment(id, "evaluation.budgetAmount"), NEGATIVE, e.budgetAmount()));
    }
    if (Ranges.isNegative(s.customerCount())) {
      out.add(bad(Target.segment(id, "customerCount"), NEGATIVE, s.customerCount()));
    }
  }

  static void check(Canvas canvas, List<Finding> out) {
    var target = canvas.market().target();
    ages(target.ageMin(), target.ageMax(), f -> Target.canvas("market.target." + f), MARKET,
        out);
  }

  /** Ages: each outside 0..120 on its own field, else min above max once, on the maximum. */
  private static void ages(Integer min, Integer max, Function<String, Target> at, String suffix,
      List<Finding> out) {
    if (min != null && !Ranges.isAge(min)) {
      out.add(bad(at.apply("ageMin"), AGE + suffix, min));
    }
    if (max != null && !Ranges.isAge(max)) {
      out.add(bad(at.apply("ageMax"), AGE + suffix, max));
    }
    Integer lo = Ranges.age(min);
    Integer hi = Ranges.age(max);
    if (lo != null && hi != null && lo > hi) {
      out.add(bad(at.apply("ageMax"), AGE_ORDER + suffix, hi, lo));
    }
  }

  private static Finding bad(Target target, String variant, Object... args) {
    return Finding.of(FindingCode.SEGMENT_BAD_RANGE, target, args)
        .withMessageKey(FindingCode.SEGMENT_BAD_RANGE.messageKey() + variant);
  }
}
