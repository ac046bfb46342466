package app.toile.export;

import app.toile.export.Sheet.Figure;
import app.toile.export.Sheet.Line;
import app.toile.export.Sheet.Part;
import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerSegment;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.validation.Attractiveness;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A pursued segment as a presentation shows it, a profile: its key figures (attractiveness,
 * customers won, size, share), who they are, their need, the five scores as a chart, how it stands
 * apart, the plan for the four levers, the notes that serve it and its empathy map. Only what is
 * filled in: a field left empty is left out, never shown as "Not set".
 */
final class ProfileSheet {
  private final Texts labels;
  private final Texts texts;
  private final CanvasContent content;
  private final SegmentFacts facts;
  private final ServingNotes serving;
  private final TaggedSegments tagged;

  ProfileSheet(Canvas canvas, Texts labels, Texts texts, CanvasContent content,
      TaggedSegments tagged) {
    this.tagged = tagged;
    this.labels = labels;
    this.texts = texts;
    this.content = content;
    this.facts = new SegmentFacts(labels, texts);
    this.serving = new ServingNotes(canvas, labels, texts);
  }

  /**
   * The sheet of a segment.
   *
   * @param number its number among the segments presented, from 1
   * @param count how many segments are presented
   */
  Sheet of(CustomerSegment s, int number, int count) {
    List<String> subtitle = new ArrayList<>();
    subtitle.add(texts.get("segmentNumber", number, count));
    if (s.status() != null) {
      subtitle.add(labels.of("status", s.status()));
    }
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(texts.get("profile.need"), isSet(s.need())
        ? List.of(Line.emphasis(s.need().strip())) : List.of()));
    parts.add(new Part(texts.get("profile.who"), who(s)));
    parts.add(new Part(labels.get("segment.evaluation"), scores(s.evaluation())));
    parts.add(new Part(labels.get("segment.distinctness"), distinctness(s)));
    parts.add(new Part(labels.get("segment.conquest"), conquest(s.conquest())));
    parts.add(new Part(labels.get("segment.servedBy"),
        serving.of(s.id()).stream().map(Line::bullet).toList()));
    List<Line> empathy = new ArrayList<>();
    for (EmpathyMap.Part p : EmpathyMap.Part.values()) {
      fact(empathy, labels.get("empathy." + p.key()), s.empathyMap().part(p));
    }
    parts.add(new Part(labels.get("segment.empathyMap"), empathy));
    return new Sheet(tagged.titled(s, content.segmentName(s)), tagged.colour(s),
        String.join("  ·  ", subtitle), figures(s), parts);
  }

  /** The figures an investor looks for first; those unknown are left out. */
  private List<Figure> figures(CustomerSegment s) {
    List<Figure> figures = new ArrayList<>();
    OptionalDouble attractiveness = Attractiveness.of(s.evaluation());
    if (attractiveness.isPresent()) {
      figures.add(new Figure(texts.get("scoreOf", facts.decimal(attractiveness.getAsDouble())),
          labels.get("segment.attractiveness")));
    }
    NumberFormat whole = NumberFormat.getIntegerInstance(labels.locale());
    if (s.customerCount() != null && s.customerCount() >= 0) {
      figures.add(new Figure(whole.format(s.customerCount()), texts.get("profile.won")));
    }
    Evaluation e = s.evaluation();
    if (e.estimatedCustomers() != null && e.estimatedCustomers() >= 0) {
      figures.add(new Figure(whole.format(e.estimatedCustomers()), texts.get("profile.size")));
    }
    if (e.marketSharePercent() != null && e.marketSharePercent() >= 0) {
      figures.add(new Figure(facts.decimal(e.marketSharePercent()) + " %",
          texts.get("profile.share")));
    }
    return figures;
  }

  private List<Line> who(CustomerSegment s) {
    List<Line> lines = new ArrayList<>();
    if (isSet(s.description())) {
      lines.add(Line.text(s.description().strip()));
    }
    if (s.customerKind() != null) {
      fact(lines, labels.get("segment.customerKind"), labels.of("customerKind", s.customerKind()));
    }
    for (SegmentFacts.Basis basis : facts.profile(s)) {
      for (SegmentFacts.Fact f : basis.facts()) {
        fact(lines, f.label(), f.value());
      }
    }
    List<String> others = new ArrayList<>();
    for (String id : s.dependsOn()) {
      content.segment(id).ifPresent(o -> others.add(content.segmentName(o)));
    }
    if (!others.isEmpty()) {
      fact(lines, labels.get("segment.dependsOn"), String.join(", ", others));
    }
    return lines;
  }

  /** The scores that are set as bars, the attractiveness last. */
  private List<Line> scores(Evaluation e) {
    List<Line> lines = new ArrayList<>();
    for (SegmentFacts.Score score : facts.scores(e)) {
      // A score outside 1–5 is a mistake validation reports, not a figure to show.
      if (score.value() != null && score.value() >= 1 && score.value() <= FlowPainter.BAR_MAX) {
        lines.add(Line.bar(score.label(), score.value(), score.text()));
      }
    }
    if (e.budgetAmount() != null && e.budgetAmount().signum() >= 0) {
      fact(lines, labels.get("evaluation.budgetAmount"), texts.get("budgetAmount",
          NumberFormat.getNumberInstance(labels.locale()).format(e.budgetAmount()),
          e.budgetCurrency() == null ? "" : e.budgetCurrency().strip()).strip());
    }
    if (e.estimateConfidence() != null) {
      fact(lines, labels.get("evaluation.estimateConfidence"),
          labels.of("level", e.estimateConfidence()));
    }
    fact(lines, labels.get("evaluation.estimateSource"), e.estimateSource());
    return lines;
  }

  private List<Line> distinctness(CustomerSegment s) {
    List<Line> lines = new ArrayList<>();
    fact(lines, labels.get("distinctness.channel"), s.distinctness().channel());
    fact(lines, labels.get("distinctness.relationship"), s.distinctness().relationship());
    if (s.distinctness().profitability() != null) {
      fact(lines, labels.get("distinctness.profitability"),
          labels.of("level", s.distinctness().profitability()));
    }
    fact(lines, labels.get("distinctness.paysForOwnVersion"),
        yesNo(s.distinctness().paysForOwnVersion()));
    return lines;
  }

  private List<Line> conquest(Conquest c) {
    List<Line> lines = new ArrayList<>();
    for (Conquest.Lever lever : Conquest.Lever.values()) {
      fact(lines, labels.get("lever." + lever.key()), c.plan(lever));
    }
    fact(lines, labels.get("conquest.productMarketFit"), yesNo(c.productMarketFit()));
    fact(lines, labels.get("conquest.retentionWorked"), yesNo(c.retentionWorked()));
    return lines;
  }

  private String yesNo(Boolean b) {
    return b == null ? null : labels.get(b ? "yes" : "no");
  }

  private static void fact(List<Line> lines, String label, String value) {
    if (isSet(value)) {
      lines.add(Line.fact(label, value.strip()));
    }
  }

  private static boolean isSet(String s) {
    return s != null && !s.isBlank();
  }
}
