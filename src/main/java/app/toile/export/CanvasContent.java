package app.toile.export;

import app.toile.export.layout.BlockContent;
import app.toile.export.layout.Card;
import app.toile.export.layout.Chip;
import app.toile.export.layout.Legend;
import app.toile.export.layout.PosterHeader;
import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Header;
import app.toile.model.Note;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a canvas into what the canvas page shows, in one language: the header and, for each
 * block, its name, guiding question and cards (segment cards in Customer Segments, each with its
 * tag; sticky notes with the chips of the segments they serve elsewhere), and the legend of those
 * chips.
 */
final class CanvasContent {
  private static final String SEGMENT_CARD = "#F3F3F3";

  private final Canvas canvas;
  private final Texts labels;
  private final Texts texts;
  /** The segments by id, the first of each id as {@link Canvas#segment} finds it. */
  private Map<String, CustomerSegment> segmentsById;
  private SegmentTags tags;

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

  /** The poster's header: the kicker, the title and the four boxed fields, set or not. */
  PosterHeader.Content header() {
    Header h = canvas.header();
    String date = h.date() == null ? null : h.date().format(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale()));
    return new PosterHeader.Content(texts.get("kicker"), title(), List.of(
        field("header.designedFor", h.designedFor()), field("header.designedBy", h.designedBy()),
        field("header.date", date), field("header.version", h.version())));
  }

  private PosterHeader.Field field(String key, String value) {
    return new PosterHeader.Field(labels.get(key),
        value == null || value.isBlank() ? null : value.strip());
  }

  /** The segments' tags and colours. */
  SegmentTags tags() {
    if (tags == null) {
      tags = SegmentTags.of(canvas);
    }
    return tags;
  }

  /** The label of the legend of the chips. */
  String legendLabel() {
    return texts.get("legend");
  }

  /**
   * The legend of the chips the notes show: every segment a note links to, in the tags' order
   * (roadmap order, then dropped segments).
   */
  List<Legend.Entry> legend() {
    Set<SegmentTags.Tag> linked = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Block b : Block.noteBlocks()) {
      for (Note n : canvas.notes(b)) {
        for (String id : n.segmentIds()) {
          tags().of(id).ifPresent(linked::add);
        }
      }
    }
    List<Legend.Entry> entries = new ArrayList<>();
    for (SegmentTags.Tag t : tags().all()) {
      if (linked.contains(t)) {
        entries.add(new Legend.Entry(chip(t), segmentName(t.segment())));
      }
    }
    return entries;
  }

  private static Chip chip(SegmentTags.Tag t) {
    return new Chip(t.text(), t.colour());
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

  /**
   * The segment cards in the order of their tags (roadmap order, then dropped segments), so that
   * the block reads S1, S2… from the top; a segment whose id an earlier one has, out of every
   * link's reach and untagged, comes last.
   */
  private List<Card> segmentCards() {
    List<Card> cards = new ArrayList<>();
    Set<CustomerSegment> tagged = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SegmentTags.Tag t : tags().all()) {
      tagged.add(t.segment());
      cards.add(segmentCard(t.segment(), chip(t)));
    }
    for (CustomerSegment s : canvas.segments()) {
      if (!tagged.contains(s)) {
        cards.add(segmentCard(s, new Chip(null, Colours.chip(s.colour()))));
      }
    }
    return cards;
  }

  private Card segmentCard(CustomerSegment s, Chip mark) {
    return new Card(mark, segmentName(s), statusLine(s), SEGMENT_CARD, List.of());
  }

  private List<Card> noteCards(Block block) {
    List<Card> cards = new ArrayList<>();
    for (Note n : canvas.notes(block)) {
      List<Chip> chips = new ArrayList<>();
      for (String id : n.segmentIds()) {
        // A link to a missing segment has no chip to show; validation reports it.
        tags().of(id).ifPresent(t -> chips.add(chip(t)));
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
