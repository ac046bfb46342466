package app.toile.versions;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.validation.Finding;
import app.toile.validation.FindingMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A comparison in the domain's words, one line per thing that changed, in the comparison's order:
 * {@code Value Propositions: + 'Cash forecast…'},
 * {@code segment 'Paris': pain depth 3 → 4, status candidate → focus}. The changes of one segment
 * or one note that follow each other share a line.
 */
public final class ComparisonText {
  private final Comparison comparison;
  private final Texts labels;
  private final Texts words;
  private final FieldLabels fields;
  private final ValueText values;
  private final FindingMessages findingsBefore;
  private final FindingMessages findingsAfter;

  /** The words for a comparison in a language. */
  public ComparisonText(Comparison comparison, Locale locale) {
    this.comparison = comparison;
    this.labels = Texts.labels(locale);
    this.words = Texts.of("versions", locale);
    this.fields = new FieldLabels(labels, words);
    this.values = new ValueText(labels, words, List.of(comparison.after(), comparison.before()),
        false);
    this.findingsBefore = new FindingMessages(comparison.before(), locale);
    this.findingsAfter = new FindingMessages(comparison.after(), locale);
  }

  /** The lines, each change once, those of one segment or note in a row on one line. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    List<Change> changes = comparison.changes();
    for (int i = 0; i < changes.size(); ) {
      Change first = changes.get(i);
      int end = i + 1;
      while (end < changes.size() && sharesLine(first, changes.get(end))) {
        end++;
      }
      lines.add(line(changes.subList(i, end)));
      i = end;
    }
    return lines;
  }

  /** The line that says two canvases are the same work, naming them. */
  public String noChange(String before, String after) {
    return words.get("noChange", before, after);
  }

  /** The one change alone, as it reads on a line: for the editor's list of changes. */
  public String line(Change change) {
    return line(List.of(change));
  }

  private static boolean sharesLine(Change a, Change b) {
    return a.kind() == Kind.CHANGED && b.kind() == Kind.CHANGED
        && a.place().part() == b.place().part() && a.place().part() != Place.Part.FINDING
        && Objects.equals(a.place().id(), b.place().id())
        && !"text".equals(b.place().field()) && !"text".equals(a.place().field());
  }

  private String line(List<Change> group) {
    Change c = group.get(0);
    Place p = c.place();
    return switch (p.part()) {
      case CANVAS -> words.get("canvas.line", fields.of(p.part(), p.field()),
          arrows(group, false));
      case SEGMENT -> segment(c, group);
      case NOTE -> note(c, group);
      case FINDING -> finding(c);
    };
  }

  private String segment(Change c, List<Change> group) {
    String block = block(Block.CUSTOMER_SEGMENTS);
    String name = values.segment(c.place().id());
    return switch (c.kind()) {
      case ADDED -> words.get("segment.added", block, name);
      case REMOVED -> words.get("segment.removed", block, values.quoted(nonNull(c.subject())));
      default -> words.get("segment.line", name, arrows(group, true));
    };
  }

  private String note(Change c, List<Change> group) {
    String block = block(c.place().block());
    String text = values.quoted(nonNull(c.subject()));
    if (c.kind() == Kind.ADDED || c.kind() == Kind.REMOVED) {
      return words.get(c.kind() == Kind.ADDED ? "note.added" : "note.removed", block, text);
    }
    if ("block".equals(c.place().field())) {
      return words.get("note.movedFrom", block, text, values.of(c.before()));
    }
    if ("text".equals(c.place().field())) {
      return words.get("note.text.changed", block, values.of(c.before()), values.of(c.after()));
    }
    return words.get("note.changed", block, text, arrows(group, true));
  }

  private String finding(Change c) {
    Finding f = (Finding) (c.kind() == Kind.ADDED ? c.after() : c.before());
    FindingMessages messages = c.kind() == Kind.ADDED ? findingsAfter : findingsBefore;
    return words.get(c.kind() == Kind.ADDED ? "finding.added" : "finding.removed",
        labels.of("severity", f.severity()), messages.format(f));
  }

  /** "pain depth 3 → 4, status candidate → focus": each field, before and after. */
  private String arrows(List<Change> group, boolean named) {
    List<String> parts = new ArrayList<>();
    for (Change c : group) {
      String change = words.get("arrow", values.of(c.before()), values.of(c.after()));
      parts.add(named ? ValueText.lower(fields.of(c.place().part(), c.place().field())) + " "
          + change : change);
    }
    return String.join(words.get("separator"), parts);
  }

  private String block(Block block) {
    return labels.get("block." + block.key() + ".name");
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
