package app.toile.ui.versions;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Extras;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import app.toile.validation.Finding;
import app.toile.validation.FindingMessages;
import app.toile.versions.Change;
import app.toile.versions.Kind;
import app.toile.versions.Place;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A change between two canvases in the founder's words and language: where it is ("Value
 * Propositions: note “Cash forecast”", "segment “Paris”") and what happened ("Pain depth: 3 → 4",
 * "Channels → Customer Relationships"), values as the editor shows them (a status by its name,
 * linked segments by theirs, a finding by its message).
 */
final class ChangeWords {
  /** How much of a long text a change quotes. */
  private static final int EXCERPT = 60;

  private final Canvas before;
  private final Canvas after;
  private final Locale locale;
  private final Texts ui;
  private final Texts labels;

  ChangeWords(Canvas before, Canvas after, Locale locale) {
    this.before = before;
    this.after = after;
    this.locale = locale;
    this.ui = Texts.of("ui", locale);
    this.labels = Texts.labels(locale);
  }

  /** The sign of a kind of change, read beside its word: never colour alone. */
  static String symbol(Change c) {
    return switch (c.kind()) {
      case ADDED -> "+";
      case REMOVED -> "\u2212";
      case CHANGED -> "~";
      case MOVED -> "\u2194";
    };
  }

  /** The word of the kind ("Added", "Moved"); a finding appears or goes away. */
  String kind(Change c) {
    boolean finding = c.place().part() == Place.Part.FINDING;
    return ui.get("versions.kind." + (finding ? "finding." : "") + c.kind().name());
  }

  /** The whole change in one line: where, then what happened. */
  String line(Change c) {
    String where = where(c);
    String what = what(c);
    return what.isEmpty() ? where : ui.get("versions.line", where, what);
  }

  /** Where the change is: the canvas's field, the segment, the note in its block, a finding. */
  String where(Change c) {
    Place p = c.place();
    return switch (p.part()) {
      case CANVAS -> canvasField(p.field());
      case SEGMENT -> ui.get("versions.where.segment", quoted(name(c.subject())));
      case NOTE -> c.kind() == Kind.MOVED && "block".equals(p.field())
          ? ui.get("versions.where.movedNote", quoted(excerpt(c.subject())))
          : ui.get("versions.where.note", block(p.block()), quoted(excerpt(c.subject())));
      case FINDING -> ui.get("versions.where.finding");
    };
  }

  /** What happened: a field before → after; nothing more for a note or segment added or removed. */
  String what(Change c) {
    Place p = c.place();
    if (p.part() == Place.Part.FINDING) {
      Finding f = (Finding) (c.after() != null ? c.after() : c.before());
      return FindingMessages.format(f, c.after() != null ? after : before, locale);
    }
    if (p.field() == null) {
      return "";
    }
    String change = "attractiveness".equals(p.field())
        ? ui.get("versions.arrow", outOfFive(c.before()), outOfFive(c.after()))
        : ui.get("versions.arrow", value(c.before(), before), value(c.after(), after));
    if (p.part() == Place.Part.CANVAS) {
      return change;
    }
    if ("order".equals(p.field())) {
      return ui.get("versions.place", c.before(), c.after());
    }
    if ("block".equals(p.field())) {
      return change;
    }
    return ui.get("versions.fieldChange", field(p), change);
  }

  /** The name of a field of a segment or a note. */
  String field(Place p) {
    String f = p.field();
    if (p.part() == Place.Part.NOTE || f.equals("extras") || f.equals("order")) {
      return ui.get("versions.field." + f.replace('.', '_'));
    }
    if (f.equals("attractiveness")) {
      return labels.get("segment.attractiveness");
    }
    return new FindingMessages(after, locale).fieldLabel(f);
  }

  private String canvasField(String f) {
    if (f.equals("extras")) {
      return ui.get("versions.field.extras");
    }
    String key = FindingMessages.labelKey(f);
    return labels.has(key) ? labels.get(key) : f;
  }

  /** A value as the editor shows it; unset reads as such. */
  String value(Object v, Canvas in) {
    if (v == null || v instanceof String s && s.isBlank()
        || v instanceof List<?> l && l.isEmpty() || v instanceof Extras e && e.isEmpty()) {
      return ui.get("versions.unset");
    }
    if (v instanceof String s) {
      return quoted(excerpt(s));
    }
    if (v instanceof Block b) {
      return block(b);
    }
    if (v instanceof Enum<?> e) {
      return enumLabel(e);
    }
    if (v instanceof Boolean b) {
      return labels.get(b ? "yes" : "no");
    }
    if (v instanceof Number n) {
      return NumberFormat.getNumberInstance(locale).format(n);
    }
    if (v instanceof LocalDate d) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }
    if (v instanceof List<?> ids) {
      return String.join(", ", ids.stream().map(id -> segmentName(String.valueOf(id), in))
          .toList());
    }
    if (v instanceof Extras) {
      return ui.get("versions.extras");
    }
    return String.valueOf(v);
  }

  /** An attractiveness, as the segment editor shows it: "3.4 / 5". */
  String outOfFive(Object v) {
    if (!(v instanceof Number n)) {
      return ui.get("versions.unset");
    }
    NumberFormat nf = NumberFormat.getNumberInstance(locale);
    nf.setMinimumFractionDigits(1);
    nf.setMaximumFractionDigits(1);
    return nf.format(n.doubleValue()) + " / 5";
  }

  private String segmentName(String id, Canvas in) {
    return in.segment(id).or(() -> (in == after ? before : after).segment(id))
        .map(CustomerSegment::name).map(n -> quoted(name(n))).orElse(id);
  }

  private String enumLabel(Enum<?> e) {
    String prefix = e instanceof SegmentStatus ? "status"
        : e instanceof SegmentStrategy ? "strategy"
        : Character.toLowerCase(e.getClass().getSimpleName().charAt(0))
            + e.getClass().getSimpleName().substring(1);
    String key = prefix + "." + e.name();
    return labels.has(key) ? labels.get(key) : e.name().toLowerCase(Locale.ROOT);
  }

  /** A text of the editor's bundle. */
  String ui(String key, Object... args) {
    return ui.get(key, args);
  }

  /** A segment's name; a stand-in when it has none. */
  String segmentName(CustomerSegment s) {
    return name(s.name());
  }

  String block(Block b) {
    return labels.get("block." + b.key() + ".name");
  }

  private String name(String n) {
    return n == null || n.isBlank() ? labels.get("segment.unnamed") : n.strip();
  }

  private String quoted(String s) {
    return ui.get("versions.quoted", s);
  }

  /** A text on one line, cut after some sixty characters. */
  static String excerpt(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip().replaceAll("\\s+", " ");
    if (t.codePointCount(0, t.length()) > EXCERPT) {
      t = t.substring(0, t.offsetByCodePoints(0, EXCERPT)) + "\u2026";
    }
    return t;
  }
}
