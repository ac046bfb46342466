package app.toile.validation;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Distinctness;
import app.toile.model.Evaluation;
import app.toile.model.Geographic;
import app.toile.model.Level;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.Note;
import app.toile.model.Profile;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Canvases for validation tests: a clean one with no finding, and small ways to spoil it. */
final class Canvases {
  private Canvases() {}

  /** A segment that breaks no rule on its own: named, with a need, a city, scores and a plan. */
  static CustomerSegment segment(String id, String name, String city) {
    return CustomerSegment.named(id, name)
        .withNeed("Find clients without a sales team in " + city)
        .withCustomerKind(CustomerKind.BUSINESSES)
        .withProfile(Profile.EMPTY.withGeographic(Geographic.EMPTY.withCity(city)))
        .withDistinctness(new Distinctness("Meetups in " + city, "Personal", Level.HIGH, true, null))
        .withEvaluation(scores(4, 4, 4, 4, 4).withMarketSharePercent(20.0))
        .withStatus(SegmentStatus.NEXT);
  }

  static Evaluation scores(Integer pain, Integer budget, Integer reach, Integer size, Integer value) {
    return Evaluation.EMPTY
        .withScore(Evaluation.Score.PAIN_DEPTH, pain)
        .withScore(Evaluation.Score.BUDGET, budget)
        .withScore(Evaluation.Score.REACH, reach)
        .withScore(Evaluation.Score.MARKET_SIZE, size)
        .withScore(Evaluation.Score.VALUE, value);
  }

  /**
   * Paris entrepreneurs as the focus (product-market fit reached), Lyon queued as next with no
   * plan, a segmented strategy for the general public, one value proposition serving both.
   */
  static Canvas clean() {
    CustomerSegment paris = segment("paris", "Paris entrepreneurs", "Paris")
        .withStatus(SegmentStatus.FOCUS)
        .withCustomerCount(3500L)
        .withConquest(Conquest.EMPTY.withProductMarketFit(true)
            .withPlan(Conquest.Lever.ACQUISITION, "Two meetups a month"));
    CustomerSegment lyon = segment("lyon", "Lyon entrepreneurs", "Lyon");
    Note offer = new Note("vp-1", "Clients in a week", null, List.of("paris", "lyon"), null);
    return Canvas.empty()
        .withStrategy(SegmentStrategy.SEGMENTED)
        .withMarket(Market.EMPTY.withDomain(MarketDomain.GENERAL_PUBLIC))
        .withSegments(List.of(paris, lyon))
        .withNotes(Block.VALUE_PROPOSITIONS, List.of(offer));
  }

  /** The clean canvas with one segment changed. */
  static Canvas withSegment(Canvas canvas, String id, UnaryOperator<CustomerSegment> change) {
    return canvas.withSegment(change.apply(canvas.segment(id).orElseThrow()));
  }

  /** The canvas with a segment added at the end, served by the value proposition note. */
  static Canvas plus(Canvas canvas, CustomerSegment s) {
    List<CustomerSegment> list = new ArrayList<>(canvas.segments());
    list.add(s);
    Note offer = canvas.notes(Block.VALUE_PROPOSITIONS).get(0);
    List<String> links = new ArrayList<>(offer.segmentIds());
    links.add(s.id());
    return canvas.withSegments(list).withNote(offer.withSegmentIds(links));
  }

  static List<Finding> findings(Canvas canvas, FindingCode code) {
    return Validator.validate(canvas).stream().filter(f -> f.code() == code).toList();
  }

  static long count(Canvas canvas, FindingCode code) {
    return findings(canvas, code).size();
  }

  static List<FindingCode> codes(Canvas canvas) {
    return Validator.validate(canvas).stream().map(Finding::code).toList();
  }
}
