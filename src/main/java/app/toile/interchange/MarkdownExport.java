package app.toile.interchange;

import app.toile.i18n.Texts;
import app.toile.io.PlainJson;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Header;
import app.toile.model.Note;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A canvas as Markdown: the header as front matter, then one {@code ## Block} heading per block in
 * Toile's order (Customer Segments first), one bullet per note with the tags of the segments it
 * serves, and each segment with its need, profile, scores and status as nested bullets. The free
 * notes close the file under their own heading.
 */
final class MarkdownExport {
  private MarkdownExport() {}

  static byte[] export(Canvas canvas, Locale locale) {
    StringBuilder md = new StringBuilder();
    frontMatter(md, canvas.header());
    Map<String, String> tags = SegmentTags.of(canvas.segments());
    for (Block block : Block.values()) {
      md.append("## ").append(BlockNames.of(block, locale)).append("\n\n");
      if (block.holdsNotes()) {
        for (Note n : canvas.notes(block)) {
          md.append("- ").append(MarkdownText.inline(n.text(), "  "));
          for (String id : n.segmentIds()) {
            if (tags.containsKey(id)) {
              md.append(" #").append(tags.get(id));
            }
          }
          md.append('\n');
        }
      } else {
        for (CustomerSegment s : canvas.segments()) {
          segment(md, s, tags.get(s.id()), locale);
        }
      }
      if (!block.holdsNotes() ? !canvas.segments().isEmpty() : !canvas.notes(block).isEmpty()) {
        md.append('\n');
      }
    }
    String free = canvas.freeNotes();
    if (free != null && !free.isBlank()) {
      md.append("## ").append(Texts.labels(locale).get("canvas.freeNotes")).append("\n\n")
          .append(free.strip()).append('\n');
    }
    return md.toString().strip().concat("\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void frontMatter(StringBuilder md, Header h) {
    md.append("---\n");
    field(md, "title", h.title());
    field(md, "designed_for", h.designedFor());
    field(md, "designed_by", h.designedBy());
    if (h.date() != null) {
      md.append("date: ").append(h.date()).append('\n');
    }
    field(md, "version", h.version());
    md.append("---\n\n");
  }

  /** A front matter field as a double-quoted YAML string, escaped as JSON (which YAML reads). */
  private static void field(StringBuilder md, String name, String value) {
    if (value != null) {
      String quoted = new String(PlainJson.write(value), StandardCharsets.UTF_8).strip();
      md.append(name).append(": ").append(quoted).append('\n');
    }
  }

  private static void segment(StringBuilder md, CustomerSegment s, String tag, Locale locale) {
    md.append("- ").append(MarkdownText.inline(s.name(), "  ")).append(" #").append(tag)
        .append('\n');
    SegmentCard.fields(md, s, locale, "  ");
  }
}
