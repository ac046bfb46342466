package app.toile.validation;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.Note;
import app.toile.model.SegmentStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a finding into a sentence in the user's language, from the {@code messages} bundle. Every
 * pattern gets the same arguments: {@code {0}} the subject (the segment's name in quotes, the
 * note's text, or the canvas title), {@code {1}} the names of the other segments involved,
 * {@code {2}} the label of the field pointed at, then {@code {3}}, {@code {4}}… the finding's own
 * arguments (numbers as numbers, enum values by their label). Ids never reach the user when a
 * name exists.
 */
public final class FindingMessages {
  private static final int NOTE_EXCERPT = 40;
  static final String QUOTED = "quoted";
  static final String SEPARATOR = "list.separator";
  static final String BLANK_NOTE = "subject.note.blank";

  private final Canvas canvas;
  private final Map<String, CustomerSegment> segments = new HashMap<>();
  private final Map<String, Note> notes = new HashMap<>();
  private final Texts messages;
  private final Texts labels;

  /** A formatter for the findings of one canvas in one language. */
  public FindingMessages(Canvas canvas, Locale locale) {
    this.canvas = canvas;
    this.messages = Texts.of("messages", locale);
    this.labels = Texts.labels(locale);
    // Maps, not the canvas's linear look-ups: a report formats thousands of findings.
    canvas.segments().forEach(s -> segments.putIfAbsent(s.id(), s));
    for (Block b : Block.noteBlocks()) {
      canvas.notes(b).forEach(n -> notes.putIfAbsent(n.id(), n));
    }
  }

  /** The message of one finding about a canvas, in a language. */
  public static String format(Finding finding, Canvas canvas, Locale locale) {
    return new FindingMessages(canvas, locale).format(finding);
  }

  /** Every key of the {@code messages} bundle the findings use. */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (FindingCode c : FindingCode.values()) {
      if (c != FindingCode.SEGMENT_BAD_RANGE) {
        keys.add(c.messageKey());
      }
    }
    keys.addAll(RangeRule.MESSAGE_KEYS);
    keys.add(FindingCode.LINK_DANGLING.messageKey() + LinkRules.NOTE_VARIANT);
    keys.add(FindingCode.FOCUS_NONE.messageKey() + PlanRules.UNSCORED);
    keys.addAll(List.of(QUOTED, SEPARATOR, BLANK_NOTE));
    return keys;
  }

  /** The message of a finding. */
  public String format(Finding f) {
    List<Object> args = new ArrayList<>();
    args.add(subject(f.target()));
    args.add(names(f.relatedSegmentIds()));
    args.add(fieldLabel(f.target().field()));
    for (Object a : f.arguments()) {
      args.add(a instanceof Enum<?> e ? enumLabel(e) : a);
    }
    return messages.get(f.messageKey(), args.toArray());
  }

  /** The segment's name in quotes, a placeholder when it has none, the id if it is unknown. */
  public String segmentName(String id) {
    return Optional.ofNullable(segments.get(id))
        .map(CustomerSegment::name)
        .map(n -> TextKey.isBlank(n) ? labels.get("segment.unnamed") : quoted(TextKey.strip(n)))
        .orElse(id);
  }

  private String subject(Target t) {
    return switch (t.kind()) {
      case SEGMENT -> segmentName(t.id());
      case NOTE -> notes.containsKey(t.id()) ? noteExcerpt(notes.get(t.id())) : t.id();
      case CANVAS -> TextKey.isBlank(canvas.header().title())
          ? labels.get("canvas.untitled") : quoted(TextKey.strip(canvas.header().title()));
    };
  }

  private String noteExcerpt(Note n) {
    if (TextKey.isBlank(n.text())) {
      return messages.get(BLANK_NOTE);
    }
    String text = TextKey.strip(n.text()).replaceAll("\\s+", " ");
    if (text.codePointCount(0, text.length()) > NOTE_EXCERPT) {
      text = text.substring(0, text.offsetByCodePoints(0, NOTE_EXCERPT)) + "…";
    }
    return quoted(text);
  }

  private String names(List<String> ids) {
    List<String> names = ids.stream().map(this::segmentName).toList();
    return String.join(messages.get(SEPARATOR), names);
  }

  private String quoted(String s) {
    return messages.get(QUOTED, s);
  }

  /** The label of a field path: the domain's word for it, or the path when there is none. */
  public String fieldLabel(String field) {
    if (field == null) {
      return "";
    }
    String key = labelKey(field.replaceAll("\\[\\d+]$", ""));
    return key != null && labels.has(key) ? labels.get(key) : field;
  }

  /**
   * The key in the {@code labels} bundle of a field path of a segment or of the canvas
   * ({@code evaluation.painDepth} is {@code score.painDepth}, {@code profile.geographic.city}
   * {@code geographic.city}, {@code header.title} itself); the bundle may lack it.
   */
  public static String labelKey(String path) {
    int dot = path.lastIndexOf('.');
    String last = path.substring(dot + 1);
    if (path.startsWith("evaluation.")) {
      boolean score = Stream.of(Evaluation.Score.values()).anyMatch(s -> s.key().equals(last));
      return (score ? "score." : "evaluation.") + last;
    }
    if (path.startsWith("conquest.")) {
      boolean lever = Stream.of(Conquest.Lever.values()).anyMatch(l -> l.key().equals(last));
      return (lever ? "lever." : "conquest.") + last;
    }
    if (path.startsWith("market.target.")) {
      return last.equals("lifestyle") ? "psychographic.lifestyle"
          : last.equals("financialMeans") ? "market.financialMeans" : "demographic." + last;
    }
    if (path.startsWith("profile.")) {
      return path.substring("profile.".length());
    }
    if (path.startsWith("empathyMap.")) {
      return "empathy." + last;
    }
    if (path.startsWith("distinctness.") || path.startsWith("header.")
        || path.startsWith("market.")) {
      return path;
    }
    return switch (path) {
      case "freeNotes" -> "canvas.freeNotes";
      case "strategy" -> "strategy";
      case "segments" -> "block.customerSegments.name";
      case "segmentIds" -> "segment";
      default -> "segment." + last;
    };
  }

  private String enumLabel(Enum<?> e) {
    if (e instanceof Block b) {
      return labels.get("block." + b.key() + ".name");
    }
    if (e instanceof Conquest.Lever l) {
      return labels.get("lever." + l.key());
    }
    if (e instanceof SegmentStrategy s) {
      return labels.of("strategy", s);
    }
    return e.name();
  }
}
