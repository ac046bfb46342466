package app.toile.validation;

import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules about the canvas's plan as a whole: is there a segment, a focus, a strategy that fits
 * the number of active segments, and is effort spent on a second segment before the first is won.
 */
final class PlanRules {
  /** Message key variant of FOCUS_NONE when no active segment has a score. */
  static final String UNSCORED = ".unscored";

  private PlanRules() {}

  static void check(Canvas canvas, Ranking ranking, List<Finding> out) {
    List<CustomerSegment> segments = canvas.segments();
    if (segments.isEmpty()) {
      out.add(Finding.of(FindingCode.CANVAS_NO_SEGMENT, Target.canvas("segments")));
    }
    int active = 0;
    boolean conquered = false;
    List<String> focus = new ArrayList<>();
    for (CustomerSegment s : segments) {
      active += s.isActive() ? 1 : 0;
      conquered |= s.status() == SegmentStatus.CONQUERED;
      if (s.status() == SegmentStatus.FOCUS) {
        focus.add(s.id());
      }
    }
    if (active > 0 && focus.isEmpty() && !conquered) {
      out.add(focusNone(ranking));
    }
    if (focus.size() > 1) {
      out.add(Finding.of(FindingCode.FOCUS_TOO_MANY, Target.canvas("segments"), focus.size())
          .withRelated(focus));
    }
    if (!conquered) {
      expansion(segments, out);
    }
    strategy(canvas.strategy(), active, out);
  }

  /** FOCUS_NONE, naming the best-ranked active segment as the suggested focus. */
  private static Finding focusNone(Ranking ranking) {
    Finding none = Finding.of(FindingCode.FOCUS_NONE, Target.canvas("segments"));
    if (ranking.entries().isEmpty()) {
      return none; // only with a ranking of another canvas; Validator.validate(canvas) makes one
    }
    Ranking.Entry best = ranking.entries().get(0);
    none = none.withRelated(List.of(best.segment().id()));
    // With no score anywhere the suggestion rests on names alone: the message says so.
    return best.attractiveness().isPresent() ? none
        : none.withMessageKey(FindingCode.FOCUS_NONE.messageKey() + UNSCORED);
  }

  /** A candidate or next segment with a lever plan while nothing is conquered yet. */
  private static void expansion(List<CustomerSegment> segments, List<Finding> out) {
    for (CustomerSegment s : segments) {
      if (s.status() != SegmentStatus.CANDIDATE && s.status() != SegmentStatus.NEXT) {
        continue;
      }
      for (Conquest.Lever lever : Conquest.Lever.values()) {
        if (!TextKey.isBlank(s.conquest().plan(lever))) {
          out.add(Finding.of(FindingCode.EXPANSION_BEFORE_CONQUEST,
              Target.segment(s.id(), "conquest." + lever.key()), lever));
          break;
        }
      }
    }
  }

  private static void strategy(SegmentStrategy strategy, int active, List<Finding> out) {
    Target target = Target.canvas("strategy");
    if (strategy == null) {
      out.add(Finding.of(FindingCode.STRATEGY_UNSET, target));
      return;
    }
    switch (strategy) {
      case MASS_MARKET -> {
        if (active > 1) {
          out.add(Finding.of(FindingCode.STRATEGY_MASS_MARKET_SEGMENTED, target, active));
        }
      }
      case NICHE -> {
        if (active > 1) {
          out.add(Finding.of(FindingCode.STRATEGY_NICHE_BROAD, target, active));
        }
      }
      case SEGMENTED, DIVERSIFIED, MULTI_SIDED_PLATFORM -> {
        if (active < 2) {
          out.add(Finding.of(FindingCode.STRATEGY_NEEDS_SEVERAL, target, strategy, active));
        }
      }
    }
  }
}
