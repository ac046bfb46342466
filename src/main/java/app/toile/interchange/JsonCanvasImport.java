package app.toile.interchange;

import app.toile.interchange.CanvasGeometry.Rect;
import app.toile.io.CanvasFileException;
import app.toile.io.PlainJson;
import app.toile.model.Block;
import app.toile.model.NoteColour;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a canvas from a JSON Canvas 1.0 file laid out as {@link JsonCanvasExport} writes it: groups
 * labelled with block names (in English or French, or a usual variant), text cards inside them
 * as notes, cards inside Customer Segments as segments, and edges from notes to segments as the
 * segments they serve. A card in no block is kept in the free notes; files, web pages, other
 * edges and groups that are no block are dropped and reported.
 */
final class JsonCanvasImport {
  /** Obsidian's six preset colours, as the nearest note colour. */
  private static final Map<String, NoteColour> PRESETS = Map.of("1", NoteColour.PINK,
      "2", NoteColour.ORANGE, "3", NoteColour.YELLOW, "4", NoteColour.GREEN, "5", NoteColour.BLUE,
      "6", NoteColour.PURPLE);

  private final CanvasDraft draft = new CanvasDraft();
  private final String file;
  private final Map<Rect, Block> blocks = new LinkedHashMap<>();
  /** Node id to the id of the note or segment it became. */
  private final Map<String, String> notes = new HashMap<>();
  private final Map<String, String> segments = new HashMap<>();
  private final Map<String, List<String>> links = new LinkedHashMap<>();

  private JsonCanvasImport(String file) {
    this.file = file;
  }

  static ImportResult read(byte[] bytes, String sourceName) {
    Object root = PlainJson.read(bytes, sourceName);
    if (!(root instanceof Map<?, ?> doc)) {
      throw new CanvasFileException(sourceName, 1, 1,
          "a JSON Canvas file is an object with \"nodes\" and \"edges\"");
    }
    JsonCanvasImport reader = new JsonCanvasImport(sourceName);
    List<Map<?, ?>> nodes = reader.list(doc, "nodes");
    List<Map<?, ?>> edges = reader.list(doc, "edges");
    reader.groups(nodes);
    reader.cards(nodes);
    reader.edges(edges);
    reader.links.forEach(reader.draft::link);
    return reader.draft.result(sourceName, InterchangeFormat.JSON_CANVAS);
  }

  private List<Map<?, ?>> list(Map<?, ?> doc, String name) {
    Object v = doc.get(name);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> items)) {
      throw new CanvasFileException(file, "\"" + name + "\" must be a list", null);
    }
    List<Map<?, ?>> maps = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Map<?, ?> m) {
        maps.add(m);
      } else {
        draft.drop(0, DropReason.BAD_NODE, name + "[" + i + "]");
      }
    }
    return maps;
  }

  private void groups(List<Map<?, ?>> nodes) {
    for (Map<?, ?> n : nodes) {
      if ("group".equals(n.get("type"))) {
        Rect r = rect(n);
        Block b = BlockNames.find(text(n, "label"));
        if (r == null) {
          draft.drop(0, DropReason.BAD_NODE, describe(n));
        } else if (b == null) {
          draft.drop(0, DropReason.GROUP, text(n, "label").isEmpty() ? describe(n) : text(n, "label"));
        } else {
          blocks.put(r, b);
        }
      }
    }
  }

  private void cards(List<Map<?, ?>> nodes) {
    for (Map<?, ?> n : nodes) {
      Object type = n.get("type");
      if ("group".equals(type)) {
        continue;
      }
      Rect r = rect(n);
      if (!"text".equals(type)) {
        boolean known = "file".equals(type) || "link".equals(type);
        draft.drop(0, known ? DropReason.NODE_KIND : DropReason.BAD_NODE,
            known ? type + " " + (n.get("file") != null ? n.get("file") : n.get("url"))
                : describe(n));
      } else if (r == null || !(n.get("id") instanceof String id) || !(n.get("text") instanceof String)) {
        draft.drop(0, DropReason.BAD_NODE, describe(n));
      } else {
        card(id, text(n, "text"), text(n, "color"), blockOf(r));
      }
    }
  }

  private void card(String id, String text, String colour, Block block) {
    if (block == null) {
      draft.keep(0, text, text);
    } else if (block == Block.CUSTOMER_SEGMENTS) {
      segments.put(id, segment(text, colour));
    } else {
      NoteColour c = colour(colour);
      if (c == null && !colour.isBlank()) {
        draft.drop(0, DropReason.BAD_COLOUR, colour);
      }
      notes.put(id, draft.note(block, text, c, List.of()).id());
    }
  }

  /** A segment card: its name in the first paragraph, its fields in the list under it. */
  private String segment(String text, String colour) {
    MarkdownSource source = MarkdownSource.inside(text);
    Node doc = MarkdownImport.PARSER.parse(source.body());
    Node first = doc.getFirstChild();
    InlineText name = first instanceof Paragraph p ? InlineText.of(p, source, draft) : InlineText.EMPTY;
    List<Node> rest = new ArrayList<>();
    for (Node n = first instanceof Paragraph ? first.getNext() : first; n != null; n = n.getNext()) {
      rest.add(n);
    }
    new SegmentBullets(source, draft).segment(name, 0, rest);
    var added = draft.segments().get(draft.segments().size() - 1);
    if (colour.matches("#[0-9A-Fa-f]{6}")) {
      draft.update(added.withColour(colour.toUpperCase(Locale.ROOT)));
    } else if (PRESETS.containsKey(colour)) {
      draft.update(added.withColour(PRESETS.get(colour).hex()));
    }
    return added.id();
  }

  private void edges(List<Map<?, ?>> edges) {
    for (Map<?, ?> e : edges) {
      String from = text(e, "fromNode");
      String to = text(e, "toNode");
      String note = notes.containsKey(from) ? notes.get(from) : notes.get(to);
      String segment = segments.containsKey(to) ? segments.get(to) : segments.get(from);
      if (note == null || segment == null) {
        draft.drop(0, DropReason.EDGE, from + " \u2192 " + to);
        continue;
      }
      List<String> ids = links.computeIfAbsent(note, k -> new ArrayList<>());
      if (!ids.contains(segment)) {
        ids.add(segment);
      }
      if (!text(e, "label").isBlank()) {
        draft.drop(0, DropReason.EDGE_LABEL, text(e, "label"));
      }
    }
  }

  /** The smallest block group whose rectangle holds the card's centre, or null. */
  private Block blockOf(Rect card) {
    double cx = card.x() + card.width() / 2.0;
    double cy = card.y() + card.height() / 2.0;
    Block best = null;
    long bestArea = Long.MAX_VALUE;
    for (Map.Entry<Rect, Block> e : blocks.entrySet()) {
      Rect g = e.getKey();
      long area = (long) g.width() * g.height();
      if (g.containsCentre(cx, cy) && area < bestArea) {
        best = e.getValue();
        bestArea = area;
      }
    }
    return best;
  }

  static NoteColour colour(String colour) {
    if (PRESETS.containsKey(colour)) {
      return PRESETS.get(colour);
    }
    for (NoteColour c : NoteColour.values()) {
      if (c.hex().equalsIgnoreCase(colour.strip())) {
        return c;
      }
    }
    return null;
  }

  private static Rect rect(Map<?, ?> n) {
    if (n.get("x") instanceof Number x && n.get("y") instanceof Number y
        && n.get("width") instanceof Number w && n.get("height") instanceof Number h) {
      return new Rect(x.intValue(), y.intValue(), w.intValue(), h.intValue());
    }
    return null;
  }

  private static String text(Map<?, ?> n, String name) {
    return n.get(name) instanceof String s ? s : "";
  }

  private static String describe(Map<?, ?> n) {
    String id = text(n, "id");
    String type = text(n, "type");
    return (type.isEmpty() ? "node" : type) + (id.isEmpty() ? "" : " " + id);
  }
}
