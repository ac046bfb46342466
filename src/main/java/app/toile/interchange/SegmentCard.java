package app.toile.interchange;

import app.toile.i18n.Texts;
import app.toile.interchange.SegmentValue.Group;
import app.toile.model.CustomerSegment;
import java.util.List;
import java.util.Locale;

/**
 * A segment's key fields as Markdown bullets, the same in a Markdown canvas (nested under the
 * segment's bullet) and on a JSON Canvas card (under its name in bold): need, profile, scores and
 * status, each labelled in the editor's words.
 */
final class SegmentCard {
  private SegmentCard() {}

  /** The card of a JSON Canvas: the name in bold, then the fields. */
  static String text(CustomerSegment s, Locale locale) {
    StringBuilder sb = new StringBuilder();
    String name = s.name() == null || s.name().isBlank() ? "" : MarkdownText.inline(s.name(), "");
    sb.append(name.isEmpty() ? "" : "**" + name + "**");
    StringBuilder fields = new StringBuilder();
    fields(fields, s, locale, "");
    if (fields.length() > 0) {
      sb.append(sb.length() > 0 ? "\n\n" : "").append(fields);
    }
    return sb.toString().stripTrailing();
  }

  /** The field bullets, each line starting with {@code indent}. */
  static void fields(StringBuilder md, CustomerSegment s, Locale locale, String indent) {
    for (Group group : Group.values()) {
      List<SegmentValue> fields = SegmentValues.of(group);
      String label = Texts.labels(locale).get(group.labelKey());
      if (fields.size() == 1) {
        Object v = fields.get(0).get().apply(s);
        if (v != null) {
          md.append(indent).append("- ").append(label).append(": ")
              .append(MarkdownText.inline(fields.get(0).format(v, locale), indent + "  "))
              .append('\n');
        }
        continue;
      }
      StringBuilder sub = new StringBuilder();
      for (SegmentValue f : fields) {
        Object v = f.get().apply(s);
        if (v != null) {
          sub.append(indent).append("  - ").append(f.label(locale)).append(": ")
              .append(MarkdownText.inline(f.format(v, locale), indent + "    ")).append('\n');
        }
      }
      if (sub.length() > 0) {
        md.append(indent).append("- ").append(label).append(":\n").append(sub);
      }
    }
  }
}
