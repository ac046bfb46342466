package app.toile.export;

import app.toile.export.layout.BlockContent;
import app.toile.export.layout.Card;
import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Header;
import app.toile.model.Note;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a canvas into what the canvas page shows, in one language: the header facts and, for each
 * block, its name, guiding question and cards (segment cards in Customer Segments, sticky notes
 * with the chips of the segments they serve elsewhere).
 */
final class CanvasContent {
  private static final String SEGMENT_CARD = "#F3F3F3";

  private final Canvas canvas;
  private final Texts labels;
  private final Texts texts;
  /** The segments by id, the first of each id as {@link Canvas#segment} finds it. */
  private Map<String, CustomerSegment> segmentsById;

  CanvasContent(Canvas canvas, Texts labels, Texts texts) {
    this.canvas = canvas;
    this.labels = labels;
    this.texts = texts;
  }

  /** The canvas title, or the "untitled" label. */
  String title() {
    String t = canvas.header().title();
    return t == null || t.isBlank() ? labels.get("canvas.untitled") : t.strip();
  }

  /** The header facts that are set, each with its label. */
  List<String> facts() {
    Header h = canvas.header();
    List<String> facts = new ArrayList<>();
    addFact(facts, "header.designedFor", h.designedFor());
    addFact(facts, "header.designedBy", h.designedBy());
    if (h.date() != null) {
      addFact(facts, "header.date", h.date().format(
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale())));
    }
    addFact(facts, "header.version", h.version());
    return facts;
  }

  private void addFact(List<String> facts, String key, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(texts.get("fact", labels.get(key), value.strip()));
    }
  }

  /** What each block shows. */
  Map<Block, BlockContent> blocks() {
    Map<Block, BlockContent> blocks = new EnumMap<>(Block.class);
    for (Block b : Block.values()) {
      List<Card> cards = b.holdsNotes() ? noteCards(b) : segmentCards();
      blocks.put(b, new BlockContent(labels.get("block." + b.key() + ".name"),
          labels.get("block." + b.key() + ".question"), cards));
    }
    return blocks;
  }

  private List<Card> segmentCards() {
    List<Card> cards = new ArrayList<>();
    for (CustomerSegment s : canvas.segments()) {
      cards.add(new Card(Colours.chip(s.colour()), segmentName(s), statusLine(s), SEGMENT_CARD,
          List.of()));
    }
    return cards;
  }

  private List<Card> noteCards(Block block) {
    List<Card> cards = new ArrayList<>();
    for (Note n : canvas.notes(block)) {
      List<String> chips = new ArrayList<>();
      for (String id : n.segmentIds()) {
        // A link to a missing segment has no colour to show; validation reports it.
        segment(id).ifPresent(s -> chips.add(Colours.chip(s.colour())));
      }
      cards.add(new Card(null, null, n.text(), n.colourOrDefault().hex(), chips));
    }
    return cards;
  }

  /**
   * The segment with this id, looked up in a map: the canvas's own look-up goes through every
   * segment, once for each link of each note.
   */
  Optional<CustomerSegment> segment(String id) {
    if (segmentsById == null) {
      segmentsById = new HashMap<>();
      for (CustomerSegment s : canvas.segments()) {
        segmentsById.putIfAbsent(s.id(), s);
      }
    }
    return Optional.ofNullable(segmentsById.get(id));
  }

  /** A segment's name, or the "unnamed" label. */
  String segmentName(CustomerSegment s) {
    return s.name() == null || s.name().isBlank() ? labels.get("segment.unnamed") : s.name().strip();
  }

  /** Status, and customers won when known: "Focus · 3 500 customers". */
  String statusLine(CustomerSegment s) {
    List<String> parts = new ArrayList<>();
    if (s.status() != null) {
      parts.add(labels.of("status", s.status()));
    }
    if (s.customerCount() != null) {
      parts.add(texts.get("customers", s.customerCount()));
    }
    return String.join(" · ", parts);
  }
}
