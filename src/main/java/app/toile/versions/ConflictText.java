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

  /** The words for the conflicts of a canvas in a language. */
  public ConflictText(Canvas canvas, Locale locale) {
    this.labels = Texts.labels(locale);
    this.words = Texts.of("versions", locale);
    this.fields = new FieldLabels(labels, words);
    this.values = new ValueText(labels, words, List.of(canvas), false);
  }

  /** The line that opens a report: how many conflicts, and where ours was kept. */
  public String heading(int count, String out) {
    return words.get("merge.conflicts", count, out);
  }

  public String line(MergeConflict c) {
    String subject = values.quoted(c.subject() == null ? "" : c.subject());
    Place.Part part = c.segmentId() != null ? Place.Part.SEGMENT
        : c.noteId() != null ? Place.Part.NOTE : Place.Part.CANVAS;
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

  private String json(String value) {
    return value == null ? ValueText.lower(labels.get("unset")) : value;
  }
}
