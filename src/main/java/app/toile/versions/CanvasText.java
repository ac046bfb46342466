package app.toile.versions;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Extras;
import app.toile.model.Note;
import app.toile.model.Snapshot;
import app.toile.validation.Attractiveness;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A whole canvas as text, one fact a line, each line naming where it belongs:
 * {@code segment 'Paris': pain depth 4}, {@code Value Propositions: 'Cash forecast' (colour green;
 * serves 'Paris')}. Texts are whole and unset fields left out. A line diff of two such texts
 * reads like a comparison, which is what git's {@code textconv} needs; the versions kept in the
 * file are listed by name and date at the end, not spelled out.
 */
public final class CanvasText {
  private static final DateTimeFormatter SAVED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Canvas canvas;
  private final Texts labels;
  private final Texts words;
  private final FieldLabels fields;
  private final ValueText values;

  public CanvasText(Canvas canvas, Locale locale) {
    this.canvas = canvas;
    this.labels = Texts.labels(locale);
    this.words = Texts.of("versions", locale);
    this.fields = new FieldLabels(labels, words);
    this.values = new ValueText(labels, words, List.of(canvas), true);
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    CanvasChanges.fields(canvas).forEach((path, value) -> {
      if (isSet(value)) {
        lines.add(words.get("canvas.line", fields.of(Place.Part.CANVAS, path), values.of(value)));
      }
    });
    for (int i = 0; i < canvas.segments().size(); i++) {
      segment(canvas.segments().get(i), i + 1, lines);
    }
    for (Block block : Block.noteBlocks()) {
      for (Note n : canvas.notes(block)) {
        lines.add(words.get("show.note", labels.get("block." + block.key() + ".name"), note(n)));
      }
    }
    for (Snapshot s : canvas.snapshots()) {
      lines.add(s.savedAt() == null ? words.get("show.snapshot.undated", values.quoted(s.name()))
          : words.get("show.snapshot", values.quoted(s.name()), SAVED.format(s.savedAt())));
    }
    return lines;
  }

  private void segment(CustomerSegment s, int position, List<String> lines) {
    String name = values.quoted(s.name() == null ? "" : s.name());
    lines.add(words.get("segment.line", name, field("order", position)));
    boolean inScores = false;
    for (Map.Entry<String, Object> leaf : RecordLeaves.of(s).entrySet()) {
      String path = leaf.getKey();
      boolean scores = path.startsWith("evaluation.");
      if (inScores && !scores && Attractiveness.of(s).isPresent()) {
        lines.add(words.get("segment.line", name,
            field("attractiveness", Attractiveness.of(s).getAsDouble())));
      }
      inScores = scores;
      if (!path.equals("id") && isSet(leaf.getValue())) {
        lines.add(words.get("segment.line", name, field(path, leaf.getValue())));
      }
    }
  }

  private String field(String path, Object value) {
    return ValueText.lower(fields.of(Place.Part.SEGMENT, path)) + " " + values.of(value);
  }

  private String note(Note n) {
    List<String> more = new ArrayList<>();
    if (n.colour() != null) {
      more.add(words.get("show.noteColour", values.of(n.colour())));
    }
    if (!n.segmentIds().isEmpty()) {
      more.add(words.get("show.noteServes", values.of(n.segmentIds())));
    }
    if (!n.extras().isEmpty()) {
      more.add(words.get("extras") + " " + values.of(n.extras()));
    }
    String text = values.quoted(n.text() == null ? "" : n.text());
    return more.isEmpty() ? text : text + " (" + String.join("; ", more) + ")";
  }

  private static boolean isSet(Object value) {
    return value != null && !(value instanceof List<?> l && l.isEmpty())
        && !(value instanceof Extras x && x.isEmpty());
  }
}
