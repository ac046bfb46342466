package app.toile.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.generate.CanvasGenerator;
import app.toile.generate.GeneratorSettings;
import app.toile.io.CanvasFiles;
import app.toile.io.PlainJson;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON Canvas export follows JSON Canvas 1.0 (jsoncanvas.org/spec/1.0): every node has an id, a
 * type and whole-number geometry, a text node its text, a group its label; every edge an id and
 * two ends that are nodes; ids are unique; colours are hex. And it is laid out as a canvas: groups
 * in the canonical layout under the cards, every card inside its block's group.
 */
class JsonCanvasSpecTest {
  private static final Set<String> NODE_TYPES = Set.of("text", "file", "link", "group");

  static List<Path> samples() {
    return Samples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleFollowsTheSpec(Path file) {
    check(CanvasFiles.load(file), Locale.ENGLISH);
    check(CanvasFiles.load(file), Locale.FRENCH);
  }

  @Test
  void aLargeCanvasGrowsItsGroupsToHoldEveryCard() {
    Canvas big = CanvasGenerator.generate(new GeneratorSettings(150, 2_000, 7, false));
    Map<String, Object> doc = check(big, Locale.ENGLISH);
    assertThat(nodes(doc)).hasSize(9 + 150 + big.noteCount());
  }

  @Test
  void theGroupsFollowTheCanonicalLayout() {
    Map<String, Object> doc = check(Canvas.empty(), Locale.ENGLISH);
    Map<String, Map<?, ?>> groups = new HashMap<>();
    for (Map<?, ?> n : nodes(doc)) {
      groups.put((String) n.get("label"), n);
    }
    Map<?, ?> partners = groups.get("Key Partners");
    Map<?, ?> segments = groups.get("Customer Segments");
    Map<?, ?> costs = groups.get("Cost Structure");
    Map<?, ?> revenue = groups.get("Revenue Streams");
    long width = num(segments, "x") + num(segments, "width");
    long height = num(costs, "y") + num(costs, "height");
    assertThat(num(partners, "x")).isZero();
    assertThat(num(partners, "width") * 5).isEqualTo(width);
    assertThat(num(partners, "height") * 4).isEqualTo(height * 3);
    assertThat(num(costs, "width")).isEqualTo(num(revenue, "width")).isEqualTo(width / 2);
    assertThat(num(revenue, "x") + num(revenue, "width")).isEqualTo(width);
  }

  /** Checks the export of a canvas against the spec and the layout; returns the document. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> check(Canvas canvas, Locale locale) {
    byte[] bytes = InterchangeFormat.JSON_CANVAS.export(canvas, new InterchangeOptions(locale,
        false)).get(0);
    Map<String, Object> doc = (Map<String, Object>) PlainJson.read(bytes, "out.canvas");
    assertThat(doc).containsOnlyKeys("nodes", "edges");
    Set<String> ids = new HashSet<>();
    Map<String, Map<?, ?>> byId = new HashMap<>();
    Map<Block, Map<?, ?>> groups = new HashMap<>();
    boolean textSeen = false;
    for (Map<?, ?> n : nodes(doc)) {
      assertThat(n.get("id")).isInstanceOf(String.class);
      assertThat(ids.add((String) n.get("id"))).as("unique id " + n.get("id")).isTrue();
      assertThat(NODE_TYPES).contains((String) n.get("type"));
      for (String k : List.of("x", "y", "width", "height")) {
        assertThat(n.get(k)).as(k).isInstanceOf(Long.class);
      }
      assertThat(num(n, "width")).isPositive();
      assertThat(num(n, "height")).isPositive();
      if (n.get("color") != null) {
        assertThat((String) n.get("color")).matches("#[0-9A-F]{6}|[1-6]");
      }
      byId.put((String) n.get("id"), n);
      if ("group".equals(n.get("type"))) {
        assertThat(textSeen).as("groups lie below the cards: they come first").isFalse();
        Block b = BlockNames.find((String) n.get("label"));
        assertThat(b).isNotNull();
        assertThat(BlockNames.of(b, locale)).isEqualTo(n.get("label"));
        groups.put(b, n);
      } else {
        textSeen = true;
        assertThat(n.get("text")).isInstanceOf(String.class);
      }
    }
    assertThat(groups).hasSize(9);
    List<Map<?, ?>> edges = (List<Map<?, ?>>) doc.get("edges");
    for (Map<?, ?> e : edges) {
      assertThat(ids.add((String) e.get("id"))).as("unique id " + e.get("id")).isTrue();
      assertThat(byId).containsKeys((String) e.get("fromNode"), (String) e.get("toNode"));
      assertThat(inside(byId.get(e.get("toNode")), groups.get(Block.CUSTOMER_SEGMENTS))).isTrue();
    }
    int linkCount = 0;
    for (Block b : Block.noteBlocks()) {
      for (Note note : canvas.notes(b)) {
        assertThat(inside(byId.get(note.id()), groups.get(b))).as(note.text()).isTrue();
        linkCount += (int) note.segmentIds().stream().distinct()
            .filter(id -> canvas.segment(id).isPresent()).count();
      }
    }
    canvas.segments().forEach(s -> assertThat(inside(byId.get(s.id()),
        groups.get(Block.CUSTOMER_SEGMENTS))).isTrue());
    assertThat(edges).hasSize(linkCount);
    return doc;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<?, ?>> nodes(Map<String, Object> doc) {
    return new ArrayList<>((List<Map<?, ?>>) doc.get("nodes"));
  }

  private static boolean inside(Map<?, ?> card, Map<?, ?> group) {
    return num(card, "x") >= num(group, "x") && num(card, "y") >= num(group, "y")
        && num(card, "x") + num(card, "width") <= num(group, "x") + num(group, "width")
        && num(card, "y") + num(card, "height") <= num(group, "y") + num(group, "height");
  }

  private static long num(Map<?, ?> n, String key) {
    return ((Number) n.get(key)).longValue();
  }
}
