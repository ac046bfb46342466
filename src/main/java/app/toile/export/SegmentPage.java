package app.toile.export;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerSegment;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.model.Note;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes the page of one customer segment: who it is, what it needs, its profile on the three
 * bases, the distinctness tests, the five scores and its attractiveness, its conquest plan, its
 * empathy map when filled, the notes that serve it, and what validation found.
 */
final class SegmentPage {
  private final Canvas canvas;
  private final Texts labels;
  private final Texts texts;
  private final CanvasContent content;
  private final PageFlow flow;
  private final String unset;
  private final SegmentFacts facts;
  /** For each segment id, the lines of the notes that serve it; worked out on the first page. */
  private Map<String, List<String>> serving;

  SegmentPage(Canvas canvas, Texts labels, Texts texts, PageFlow flow) {
    this.canvas = canvas;
    this.labels = labels;
    this.texts = texts;
    this.content = new CanvasContent(canvas, labels, texts);
    this.flow = flow;
    this.unset = labels.get("unset");
    this.facts = new SegmentFacts(labels, texts);
  }

  void write(CustomerSegment s, int index, List<String> findings) throws IOException {
    String name = content.segmentName(s);
    flow.start(name, Colours.chip(s.colour()),
        texts.get("segmentNumber", index + 1, canvas.segments().size()),
        texts.get("continued", name));
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
      flow.section(labels.get("segment.empathyMap"));
      for (EmpathyMap.Part p : EmpathyMap.Part.values()) {
        field("empathy." + p.key(), s.empathyMap().part(p));
      }
    }
    flow.section(texts.get("findings"));
    if (findings.isEmpty()) {
      flow.paragraph(texts.get("noFindings"), false, PageFlow.TEXT_SIZE, Colours.MUTED);
    }
    for (String f : findings) {
      flow.bullet(f, Colours.INK);
    }
  }

  private void profile(CustomerSegment s) throws IOException {
    flow.section(labels.get("segment.profile"));
    for (SegmentFacts.Basis basis : facts.profile(s)) {
      flow.paragraph(basis.name(), true, PageFlow.TEXT_SIZE, Colours.INK);
      for (SegmentFacts.Fact f : basis.facts()) {
        flow.field(f.label(), f.value(), unset);
      }
    }
  }

  private void distinctness(CustomerSegment s) throws IOException {
    flow.section(labels.get("segment.distinctness"));
    field("distinctness.channel", s.distinctness().channel());
    field("distinctness.relationship", s.distinctness().relationship());
    field("distinctness.profitability", labels.of("level", s.distinctness().profitability()));
    field("distinctness.paysForOwnVersion", yesNo(s.distinctness().paysForOwnVersion()));
  }

  private void evaluation(Evaluation e) throws IOException {
    flow.section(labels.get("segment.evaluation"));
    for (SegmentFacts.Score score : facts.scores(e)) {
      flow.bar(score.label(), score.value(), score.text());
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
    flow.section(labels.get("segment.conquest"));
    check("conquest.productMarketFit", c.productMarketFit());
    check("conquest.retentionWorked", c.retentionWorked());
    for (Conquest.Lever lever : Conquest.Lever.values()) {
      field("lever." + lever.key(), c.plan(lever));
    }
  }

  private void check(String key, Boolean value) throws IOException {
    flow.check(texts.get("fact", labels.get(key), value == null ? unset : yesNo(value)),
        Boolean.TRUE.equals(value));
  }

  /** The notes of other blocks that serve the segment, each after its block's name. */
  private void servedBy(CustomerSegment s) throws IOException {
    if (serving == null) {
      serving = serving();
    }
    List<String> lines = serving.getOrDefault(s.id(), List.of());
    if (lines.isEmpty()) {
      return;
    }
    flow.section(labels.get("segment.servedBy"));
    for (String line : lines) {
      flow.bullet(line, Colours.INK);
    }
  }

  /**
   * Each segment's serving notes in block order, from one pass over the notes: looking through
   * every note for every segment cost the notes times the segments.
   */
  private Map<String, List<String>> serving() {
    Map<String, List<String>> bySegment = new HashMap<>();
    for (Block b : Block.noteBlocks()) {
      for (Note n : canvas.notes(b)) {
        if (n.text() == null || n.text().isBlank()) {
          continue;
        }
        String line =
            texts.get("fact", labels.get("block." + b.key() + ".name"), n.text().strip());
        for (String id : new LinkedHashSet<>(n.segmentIds())) {
          bySegment.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
        }
      }
    }
    return bySegment;
  }

  private String yesNo(Boolean b) {
    return b == null ? null : labels.get(b ? "yes" : "no");
  }

  private void field(String key, String value) throws IOException {
    flow.field(labels.get(key), value, unset);
  }
}
