package app.toile.versions;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.MergeConflict;
import java.util.List;
import java.util.Locale;

/**
 * A merge conflict in the domain's words, one line each: {@code segment 'Lyon': pain depth:
 * base 4, ours 5, theirs 3}. Values are shown as the file holds them (JSON), which says exactly
 * what each side wrote; a note or segment edited on one side and deleted on the other says so.
 */
public final class ConflictText {
  private final Texts labels;
  private final Texts words;
  private final FieldLabels fields;
  private final ValueText values;
  private final ValueText wholeValues;

  /** The words for the conflicts of a canvas in a language. */
  public ConflictText(Canvas canvas, Locale locale) {
    this.labels = Texts.labels(locale);
    this.words = Texts.of("versions", locale);
    this.fields = new FieldLabels(labels, words);
    this.values = new ValueText(labels, words, List.of(canvas), false);
    this.wholeValues = new ValueText(labels, words, List.of(canvas), true);
  }

  /** The line that opens a report: how many conflicts, and where ours was kept. */
  public String heading(int count, String out) {
    return words.get("merge.conflicts", count, out);
  }

  public String line(MergeConflict c) {
    String subject = values.quoted(c.subject() == null ? "" : c.subject());
    Place.Part part = part(c);
    String what;
    if (c.field() == null) {
      what = words.get(c.ours() == null ? "conflict.deletedInOurs" : "conflict.deletedInTheirs");
    } else {
      what = words.get("conflict.values", ValueText.lower(fields.of(part, c.field())),
          json(c.base()), json(c.ours()), json(c.theirs()));
    }
    return switch (part) {
      case SEGMENT -> words.get("segment.line", subject, what);
      case NOTE -> words.get("conflict.note", subject, what);
      default -> what;
    };
  }

  /**
   * What a conflict is about, for the editor's list: "Segment 'Lyon'", "Note 'Cash forecast'",
   * "The canvas".
   */
  public String subject(MergeConflict c) {
    String name = values.quoted(c.subject() == null ? "" : c.subject());
    return c.segmentId() != null ? words.get("conflict.subject.segment", name)
        : c.noteId() != null ? words.get("conflict.subject.note", name)
        : words.get("conflict.subject.canvas");
  }

  /**
   * The field in the domain's words ("Pain depth"), or for a note or segment deleted on one side,
   * "The whole segment" or "The whole note".
   */
  public String field(MergeConflict c) {
    if (c.field() == null) {
      return words.get(c.segmentId() != null ? "conflict.whole.segment" : "conflict.whole.note");
    }
    String label = fields.of(part(c), c.field());
    return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(labels.locale())
        + label.substring(1);
  }

  /**
   * One side's value as the user reads it ("focus", "4", "'Cash forecast'", "not set"), a text
   * whole (the founder decides between two texts, so none is cut); for a note or segment deleted
   * on that side, "deleted"; the file's text itself when it does not read as the field's type.
   */
  public String value(MergeConflict c, String json) {
    if (json == null) {
      return c.field() == null ? words.get("conflict.deleted") : values.of(null);
    }
    Object value = ConflictField.value(c, json);
    return value == null ? json : wholeValues.of(value);
  }

  private static Place.Part part(MergeConflict c) {
    return c.segmentId() != null ? Place.Part.SEGMENT
        : c.noteId() != null ? Place.Part.NOTE : Place.Part.CANVAS;
  }

  private String json(String value) {
    return value == null ? ValueText.lower(labels.get("unset")) : value;
  }
}
