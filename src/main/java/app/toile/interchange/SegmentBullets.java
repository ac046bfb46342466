package app.toile.interchange;

import app.toile.i18n.Texts;
import app.toile.interchange.SegmentValue.Group;
import app.toile.model.CustomerSegment;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The segments of a Markdown canvas: a bullet per segment (its name, then its tag), a paragraph
 * under it as its description, and nested {@code Label: value} bullets for its fields, grouped
 * under need, profile, evaluation and status or not. Labels are the editor's, in English or
 * French, or the field names of the canvas file ({@code painDepth}).
 */
final class SegmentBullets {
  private static final Map<String, Group> GROUPS = groups();
  private static final Map<String, SegmentValue> FIELDS = fields();

  private final MarkdownSource source;
  private final CanvasDraft draft;
  /** Tags written after a segment's name, lower case, to its id. */
  private final Map<String, String> written = new HashMap<>();

  SegmentBullets(MarkdownSource source, CanvasDraft draft) {
    this.source = source;
    this.draft = draft;
  }

  /** Reads one segment: its name, and what its bullet holds. */
  void segment(InlineText name, int line, List<Node> rest) {
    CustomerSegment s = draft.segment(name.text());
    for (String tag : name.tags()) {
      written.putIfAbsent(tag.toLowerCase(Locale.ROOT), s.id());
    }
    StringBuilder description = new StringBuilder();
    for (Node n : rest) {
      if (n instanceof Paragraph p) {
        description.append(description.length() > 0 ? "\n\n" : "")
            .append(InlineText.of(p, source, draft).text());
      } else if (n instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          s = field((ListItem) item, s, null);
        }
      } else {
        draft.drop(source.line(n), DropReason.NESTED, source.raw(n));
      }
    }
    if (description.length() > 0) {
      s = s.withDescription(description.toString());
    }
    draft.update(s);
  }

  /** Every tag that names a segment, lower case, to its id: the tags written, then the names'. */
  Map<String, String> tags() {
    Map<String, String> tags = new HashMap<>();
    SegmentTags.of(draft.segments()).forEach((id, tag) -> tags.put(tag, id));
    tags.putAll(written);
    return tags;
  }

  private CustomerSegment field(ListItem item, CustomerSegment s, Group within) {
    int line = source.line(item);
    if (!(item.getFirstChild() instanceof Paragraph p)) {
      draft.drop(line, DropReason.NESTED, source.raw(item));
      return s;
    }
    String text = InlineText.of(p, source, draft).text();
    int colon = text.indexOf(':');
    String label = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    Group group = within == null ? GROUPS.get(BlockNames.key(label)) : null;
    SegmentValue field = group != null && SegmentValues.of(group).size() == 1
        ? SegmentValues.of(group).get(0) : FIELDS.get(BlockNames.key(label));
    CustomerSegment result = s;
    if (field != null) {
      result = set(result, field, label, value, line);
    } else if (group == null) {
      draft.drop(line, DropReason.UNKNOWN_FIELD, text);
    } else if (!value.isBlank()) {
      draft.drop(line, DropReason.BAD_VALUE, text);
    }
    for (Node n = p.getNext(); n != null; n = n.getNext()) {
      if (n instanceof ListBlock list && group != null && field == null) {
        for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
          result = field((ListItem) sub, result, group);
        }
      } else {
        draft.drop(source.line(n), DropReason.NESTED, source.raw(n));
      }
    }
    return result;
  }

  private CustomerSegment set(CustomerSegment s, SegmentValue field, String label, String value,
      int line) {
    try {
      Object v = field.parse(value);
      return v == null ? s : field.set().apply(s, v);
    } catch (IllegalArgumentException e) {
      draft.drop(line, DropReason.BAD_VALUE, label.strip() + ": " + value.strip());
      return s;
    }
  }

  private static Map<String, Group> groups() {
    Map<String, Group> map = new HashMap<>();
    for (Group g : Group.values()) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        map.put(BlockNames.key(Texts.labels(l).get(g.labelKey())), g);
      }
    }
    for (String s : List.of("need", "pain", "besoin", "douleur")) {
      map.put(s, Group.NEED);
    }
    for (String s : List.of("profile", "profil")) {
      map.put(s, Group.PROFILE);
    }
    for (String s : List.of("scores", "score", "evaluation", "notes")) {
      map.put(s, Group.SCORES);
    }
    for (String s : List.of("status", "statut")) {
      map.put(s, Group.STATUS);
    }
    return map;
  }

  private static Map<String, SegmentValue> fields() {
    Map<String, SegmentValue> map = new HashMap<>();
    for (SegmentValue v : SegmentValues.ALL) {
      map.put(BlockNames.key(v.key()), v);
      map.put(BlockNames.key(v.key().replaceAll("([A-Z])", " $1")), v);
      for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        map.putIfAbsent(BlockNames.key(v.label(l)), v);
      }
    }
    return map;
  }
}
