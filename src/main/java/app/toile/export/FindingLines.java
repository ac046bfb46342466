package app.toile.export;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.validation.Finding;
import app.toile.validation.FindingMessages;
import app.toile.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The findings to print, already worded in the export's language: on each segment's page those
 * about the segment, on the roadmap page those about the canvas as a whole. The exporters do not
 * validate: whoever calls them passes what validation found, or {@link #validate} it here.
 *
 * @param bySegment for a segment id, its findings, one line each ("Warning: …")
 * @param aboutCanvas findings about the canvas as a whole (no segment, strategy, focus)
 */
public record FindingLines(Map<String, List<String>> bySegment, List<String> aboutCanvas) {
  /** No findings at all. */
  public static final FindingLines NONE = new FindingLines(Map.of(), List.of());

  public FindingLines {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (bySegment != null) {
      bySegment.forEach((id, lines) -> copy.put(id, List.copyOf(lines)));
    }
    bySegment = Map.copyOf(copy);
    aboutCanvas = aboutCanvas == null ? List.of() : List.copyOf(aboutCanvas);
  }

  /** Validates the canvas and words its findings in a language, ready to print. */
  public static FindingLines validate(Canvas canvas, Locale locale) {
    FindingMessages messages = new FindingMessages(canvas, locale);
    Texts labels = Texts.labels(locale);
    Texts texts = Texts.of("export", locale);
    Map<String, List<String>> bySegment = new LinkedHashMap<>();
    List<String> aboutCanvas = new ArrayList<>();
    for (Finding f : Validator.validate(canvas)) {
      String line = texts.get("fact", labels.of("severity", f.severity()), messages.format(f));
      String id = f.target().segmentId();
      if (id != null) {
        bySegment.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
      } else if (f.target().noteId() == null) {
        aboutCanvas.add(line);
      }
    }
    return new FindingLines(bySegment, aboutCanvas);
  }

  /** The findings of one segment, empty when it has none. */
  public List<String> of(String segmentId) {
    return bySegment.getOrDefault(segmentId, List.of());
  }
}
