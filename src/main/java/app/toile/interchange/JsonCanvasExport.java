package app.toile.interchange;

import app.toile.interchange.CanvasGeometry.Rect;
import app.toile.io.PlainJson;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A canvas as a JSON Canvas 1.0 file (jsoncanvas.org): the nine blocks as {@code group} nodes in
 * the canonical layout, each note a {@code text} node inside its block with its colour as hex,
 * each segment a {@code text} node in Customer Segments (its name, need, profile, scores and
 * status in Markdown), and an edge from each note to each segment it serves. Groups come first,
 * so that they lie below the cards. What the format has no place for (the header, the market, the
 * strategy, the free notes, most segment fields) stays in Toile's own file.
 */
final class JsonCanvasExport {
  private final Set<String> taken = new HashSet<>();

  private JsonCanvasExport() {}

  static byte[] export(Canvas canvas, Locale locale) {
    return PlainJson.write(new JsonCanvasExport().document(canvas, locale));
  }

  private Map<String, Object> document(Canvas canvas, Locale locale) {
    Map<Block, Integer> counts = new EnumMap<>(Block.class);
    for (Block b : Block.values()) {
      counts.put(b, b.holdsNotes() ? canvas.notes(b).size() : canvas.segments().size());
    }
    CanvasGeometry geometry = new CanvasGeometry(counts);
    List<Object> nodes = new ArrayList<>();
    List<Object> edges = new ArrayList<>();
    for (Block b : Block.values()) {
      Map<String, Object> group = node(id("block-" + b.key()), "group", geometry.group(b));
      group.put("label", BlockNames.of(b, locale));
      nodes.add(group);
    }
    Map<String, String> segmentNodes = new HashMap<>();
    List<CustomerSegment> segments = canvas.segments();
    for (int i = 0; i < segments.size(); i++) {
      CustomerSegment s = segments.get(i);
      String id = id(s.id());
      segmentNodes.put(s.id(), id);
      Map<String, Object> node = node(id, "text", geometry.card(Block.CUSTOMER_SEGMENTS, i));
      node.put("text", SegmentCard.text(s, locale));
      if (s.colour() != null && s.colour().matches("#[0-9A-Fa-f]{6}")) {
        node.put("color", s.colour().toUpperCase(Locale.ROOT));
      }
      nodes.add(node);
    }
    for (Block b : Block.noteBlocks()) {
      List<Note> notes = canvas.notes(b);
      for (int i = 0; i < notes.size(); i++) {
        Note n = notes.get(i);
        String id = id(n.id());
        Map<String, Object> node = node(id, "text", geometry.card(b, i));
        node.put("text", n.text() == null ? "" : n.text());
        node.put("color", n.colourOrDefault().hex());
        nodes.add(node);
        for (String segment : linked(n).keySet()) {
          String to = segmentNodes.get(segment);
          if (to != null) {
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("id", id("edge-" + id + "-" + to));
            edge.put("fromNode", id);
            edge.put("toNode", to);
            edges.add(edge);
          }
        }
      }
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("nodes", nodes);
    doc.put("edges", edges);
    return doc;
  }

  private static Map<String, Boolean> linked(Note n) {
    Map<String, Boolean> once = new LinkedHashMap<>();
    n.segmentIds().forEach(id -> once.put(id, Boolean.TRUE));
    return once;
  }

  private static Map<String, Object> node(String id, String type, Rect r) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", id);
    node.put("type", type);
    node.put("x", r.x());
    node.put("y", r.y());
    node.put("width", r.width());
    node.put("height", r.height());
    return node;
  }

  /** A node or edge id never given before in this file: Toile's own ids, made unique if needed. */
  private String id(String wanted) {
    String id = wanted;
    for (int n = 2; !taken.add(id); n++) {
      id = wanted + "-" + n;
    }
    return id;
  }
}
