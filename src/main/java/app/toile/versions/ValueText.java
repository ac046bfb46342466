package app.toile.versions;

import app.toile.i18n.Texts;
import app.toile.model.AreaType;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerKind;
import app.toile.model.Extras;
import app.toile.model.Level;
import app.toile.model.MarketDomain;
import app.toile.model.NoteColour;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A value of a change as the user reads it: texts in quotes (shortened past {@link #EXCERPT}
 * characters, on one line), enum values by their label, yes and no, numbers in the language's
 * way, segment ids by the segments' names, unset as "not set".
 */
final class ValueText {
  /** The longest text shown whole; a longer one is cut and ends with "…". */
  static final int EXCERPT = 60;

  private final Texts labels;
  private final Texts words;
  private final List<Canvas> canvases;
  private final boolean whole;

  /**
   * @param canvases where segment ids are looked up, the first that has the id first
   * @param whole whether texts are shown whole (their line breaks as ⏎), as a line diff of
   *     two canvases needs, rather than cut
   */
  ValueText(Texts labels, Texts words, List<Canvas> canvases, boolean whole) {
    this.labels = labels;
    this.words = words;
    this.canvases = canvases;
    this.whole = whole;
  }

  String of(Object value) {
    if (value == null) {
      return labels.get("unset").toLowerCase(labels.locale());
    } else if (value instanceof String s) {
      return quoted(s);
    } else if (value instanceof Boolean b) {
      return lower(labels.get(b ? "yes" : "no"));
    } else if (value instanceof Block b) {
      return labels.get("block." + b.key() + ".name");
    } else if (value instanceof Enum<?> e) {
      return lower(labels.of(prefix(e), e));
    } else if (value instanceof Double d) {
      NumberFormat f = NumberFormat.getNumberInstance(labels.locale());
      f.setMaximumFractionDigits(2);
      return f.format(d);
    } else if (value instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (value instanceof Integer || value instanceof Long) {
      return NumberFormat.getIntegerInstance(labels.locale()).format(value);
    } else if (value instanceof List<?> ids) {
      return ids.isEmpty() ? of(null) : ids.stream().map(id -> segment(String.valueOf(id)))
          .collect(Collectors.joining(words.get("separator")));
    } else if (value instanceof Extras x) {
      return x.fields().entrySet().stream().map(Map.Entry::toString)
          .collect(Collectors.joining(words.get("separator")));
    }
    return value.toString();
  }

  /**
   * A label as it reads inside a sentence: "Pain depth" becomes "pain depth"; a word in
   * capitals, such as "B2B", is left as it is.
   */
  static String lower(String label) {
    if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
      return label;
    }
    return label.isEmpty() ? label
        : label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
  }

  /** A text in quotes, on one line, cut past {@link #EXCERPT} characters unless whole. */
  String quoted(String text) {
    if (whole) {
      return words.get("quoted", text.replaceAll("\\R", "⏎"));
    }
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.codePointCount(0, line.length()) > EXCERPT) {
      line = line.substring(0, line.offsetByCodePoints(0, EXCERPT - 1)).strip() + "…";
    }
    return words.get("quoted", line);
  }

  /** A segment by its name in quotes; its id when no canvas has it. */
  String segment(String id) {
    for (Canvas c : canvases) {
      var s = c.segment(id);
      if (s.isPresent()) {
        String name = s.get().name();
        return name == null || name.isBlank() ? labels.get("segment.unnamed") : quoted(name);
      }
    }
    return id;
  }

  private static String prefix(Enum<?> e) {
    if (e instanceof SegmentStatus) {
      return "status";
    } else if (e instanceof CustomerKind) {
      return "customerKind";
    } else if (e instanceof Level) {
      return "level";
    } else if (e instanceof AreaType) {
      return "areaType";
    } else if (e instanceof NoteColour) {
      return "noteColour";
    } else if (e instanceof SegmentStrategy) {
      return "strategy";
    } else if (e instanceof MarketDomain) {
      return "marketDomain";
    }
    return e.getClass().getSimpleName();
  }
}
