package app.toile.export;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerSegment;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the working page of one customer segment: who it is, what it needs, its profile on the
 * three bases, the distinctness tests, the five scores and its attractiveness, its conquest plan,
 * its empathy map when filled, the notes that serve it, and what validation found. The fields
 * still unset are named together in one faint line at the end of each section ("Not set: age,
 * income"), so a young segment reads as what it has, not as a wall of blanks.
 */
final class SegmentPage {
  private final Canvas canvas;
  private final Texts labels;
  private final Texts texts;
  private final CanvasContent content;
  private final PageFlow flow;
  private final TaggedSegments tagged;
  private final SegmentFacts facts;
  /** The labels of the current section's unset fields, named together when it ends. */
  private final List<String> unsetHere = new ArrayList<>();
  /** The notes that serve each segment; worked out on the first page. */
  private ServingNotes serving;

  SegmentPage(Canvas canvas, Texts labels, Texts texts, PageFlow flow, TaggedSegments tagged) {
    this.tagged = tagged;
    this.canvas = canvas;
    this.labels = labels;
    this.texts = texts;
    this.content = new CanvasContent(canvas, labels, texts);
    this.flow = flow;
    this.facts = new SegmentFacts(labels, texts);
  }

  void write(CustomerSegment s, int index, List<String> findings) throws IOException {
    String name = tagged.titled(s, content.segmentName(s));
    flow.start(name, tagged.colour(s),
        texts.get("segmentNumber", index + 1, canvas.segments().size()),
        texts.get("continued", name));
    unsetHere.clear();
    field("segment.customerKind", labels.of("customerKind", s.customerKind()));
    field("segment.status", content.statusLine(s));
    List<String> others = new ArrayList<>();
    for (String id : s.dependsOn()) {
      content.segment(id).ifPresent(o -> others.add(content.segmentName(o)));
    }
    if (!others.isEmpty()) {
      field("segment.dependsOn", String.join(", ", others));
    }
    field("segment.description", s.description());
    field("segment.need", s.need());
    profile(s);
    distinctness(s);
    evaluation(s.evaluation());
    conquest(s.conquest());
    servedBy(s);
    if (s.empathyMap().isFilled()) {
      section(labels.get("segment.empathyMap"));
      for (EmpathyMap.Part p : EmpathyMap.Part.values()) {
        field("empathy." + p.key(), s.empathyMap().part(p));
      }
    }
    section(texts.get("findings"));
    if (findings.isEmpty()) {
      flow.paragraph(texts.get("noFindings"), false, PageFlow.TEXT_SIZE, Colours.MUTED);
    }
    for (String f : findings) {
      flow.bullet(f, Colours.INK);
    }
    flow.endSection();
  }

  private void profile(CustomerSegment s) throws IOException {
    section(labels.get("segment.profile"));
    for (SegmentFacts.Basis basis : facts.profile(s)) {
      if (!basis.isFilled()) {
        unsetHere.add(basis.name());
        continue;
      }
      flow.paragraph(basis.name(), true, PageFlow.TEXT_SIZE, Colours.INK);
      for (SegmentFacts.Fact f : basis.facts()) {
        labelled(f.label(), f.value());
      }
    }
  }

  private void distinctness(CustomerSegment s) throws IOException {
    section(labels.get("segment.distinctness"));
    field("distinctness.channel", s.distinctness().channel());
    field("distinctness.relationship", s.distinctness().relationship());
    field("distinctness.profitability", labels.of("level", s.distinctness().profitability()));
    field("distinctness.paysForOwnVersion", yesNo(s.distinctness().paysForOwnVersion()));
  }

  private void evaluation(Evaluation e) throws IOException {
    section(labels.get("segment.evaluation"));
    for (SegmentFacts.Score score : facts.scores(e)) {
      if (score.value() == null) {
        unsetHere.add(score.label());
      } else {
        FlowMarks.bar(flow, score.label(), score.value(), score.text());
      }
    }
    if (e.budgetAmount() != null) {
      field("evaluation.budgetAmount", texts.get("budgetAmount",
          NumberFormat.getNumberInstance(labels.locale()).format(e.budgetAmount()),
          e.budgetCurrency() == null ? "" : e.budgetCurrency()));
    }
    if (e.estimatedCustomers() != null) {
      field("evaluation.estimatedCustomers",
          NumberFormat.getIntegerInstance(labels.locale()).format(e.estimatedCustomers()));
    }
    if (e.marketSharePercent() != null) {
      field("evaluation.marketSharePercent", facts.decimal(e.marketSharePercent()) + " %");
    }
    if (e.estimateConfidence() != null) {
      field("evaluation.estimateConfidence", labels.of("level", e.estimateConfidence()));
    }
    field("evaluation.estimateSource", e.estimateSource());
  }

  private void conquest(Conquest c) throws IOException {
    section(labels.get("segment.conquest"));
    check("conquest.productMarketFit", c.productMarketFit());
    check("conquest.retentionWorked", c.retentionWorked());
    for (Conquest.Lever lever : Conquest.Lever.values()) {
      field("lever." + lever.key(), c.plan(lever));
    }
  }

  /** A tick box; an unticked one reads as a plain no, one never answered joins the unset. */
  private void check(String key, Boolean value) throws IOException {
    if (value == null) {
      unsetHere.add(labels.get(key));
      return;
    }
    FlowMarks.check(flow, texts.get("fact", labels.get(key), yesNo(value)), value);
  }

  /** The notes of other blocks that serve the segment, each after its block's name. */
  private void servedBy(CustomerSegment s) throws IOException {
    if (serving == null) {
      serving = new ServingNotes(canvas, labels, texts);
    }
    List<String> lines = serving.of(s.id());
    if (lines.isEmpty()) {
      return;
    }
    section(labels.get("segment.servedBy"));
    for (String line : lines) {
      flow.bullet(line, Colours.INK);
    }
  }

  private String yesNo(Boolean b) {
    return b == null ? null : labels.get(b ? "yes" : "no");
  }

  private void field(String key, String value) throws IOException {
    labelled(labels.get(key), value);
  }

  private void labelled(String label, String value) throws IOException {
    if (value == null || value.isBlank()) {
      unsetHere.add(label);
    } else {
      flow.field(label, value, null);
    }
  }

  /** Names the unset fields of the section that ends, then starts the next one. */
  private void section(String heading) throws IOException {
    flushUnset();
    flow.section(heading);
  }

  /** A label as a word in a list, "Age" as "age"; an acronym ("URL") keeps its capitals. */
  private String inSentence(String label) {
    if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
      return label;
    }
    return label.substring(0, 1).toLowerCase(labels.locale()) + label.substring(1);
  }

  private void flushUnset() throws IOException {
    if (!unsetHere.isEmpty()) {
      List<String> names = unsetHere.stream().map(this::inSentence).toList();
      flow.paragraph(texts.get("unsetLine", String.join(", ", names)), false,
          PageFlow.TEXT_SIZE, Colours.FAINT);
      unsetHere.clear();
    }
  }
}
