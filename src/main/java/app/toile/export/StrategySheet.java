package app.toile.export;

import app.toile.export.Sheet.Line;
import app.toile.export.Sheet.Part;
import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.TargetProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategy and market of a canvas as a presentation shows them: the segment strategy named
 * and explained, with the segments it pursues; the market's domain and target profile; the free
 * notes. Only what is filled in; an empty sheet when nothing is.
 */
final class StrategySheet {
  private StrategySheet() {}

  /**
   * @param canvas the canvas as presented (no dropped segment)
   */
  static Sheet of(Canvas canvas, Texts labels, Texts texts, CanvasContent content) {
    List<Part> parts = new ArrayList<>();
    List<Line> strategy = new ArrayList<>();
    if (canvas.strategy() != null) {
      strategy.add(Line.emphasis(labels.of("strategy", canvas.strategy())));
      strategy.add(Line.text(texts.get("strategy." + canvas.strategy().name())));
    }
    List<String> names = new ArrayList<>();
    for (CustomerSegment s : canvas.segments()) {
      names.add(content.segmentName(s));
    }
    if (!names.isEmpty()) {
      strategy.add(Line.fact(texts.get("strategy.pursued"), String.join(", ", names)));
    }
    parts.add(new Part(labels.get("strategy"), strategy));
    List<Line> market = new ArrayList<>();
    if (canvas.market().domain() != null) {
      market.add(Line.fact(labels.get("market.domain"),
          labels.of("marketDomain", canvas.market().domain())));
    }
    TargetProfile t = canvas.market().target();
    Integer min = t.ageMin();
    Integer max = t.ageMax();
    if (min != null || max != null) {
      market.add(Line.fact(labels.get("demographic.age"), texts.get("ageRange",
          min == null ? "" : String.valueOf(min), max == null ? "" : String.valueOf(max))));
    }
    fact(market, labels.get("demographic.familySituation"), t.familySituation());
    fact(market, labels.get("psychographic.lifestyle"), t.lifestyle());
    fact(market, labels.get("market.financialMeans"), t.financialMeans());
    // Beside the strategy when there is one: the page reads across, not down one column.
    parts.add(new Part(labels.get("market"), market, !strategy.isEmpty()));
    List<Line> notes = new ArrayList<>();
    if (canvas.freeNotes() != null) {
      // Line by line, as the founder wrote them: a list stays a list.
      for (String line : canvas.freeNotes().split("\\R")) {
        if (!line.isBlank()) {
          notes.add(Line.text(line.strip()));
        }
      }
    }
    parts.add(new Part(labels.get("canvas.freeNotes"), notes));
    return new Sheet(texts.get("strategy.title"), null, content.title(), List.of(), parts);
  }

  private static void fact(List<Line> lines, String label, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(Line.fact(label, value.strip()));
    }
  }
}
