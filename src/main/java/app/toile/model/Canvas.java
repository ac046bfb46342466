package app.toile.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One business model on one page: a header, the market and segment strategy, the ordered customer
 * segments (their order is the expansion order) and the notes of the eight other blocks.
 * Immutable: every change makes a new canvas.
 *
 * @param header title, authors, date, version
 * @param freeNotes free-form notes on the model, or null
 * @param market the market addressed
 * @param strategy segment strategy, or null when unset
 * @param segments customer segments, in expansion order
 * @param notes the notes of each note block, in block order; every note block has a list
 * @param snapshots the named versions kept in the canvas, oldest first; their names are unique
 *     ({@link SnapshotNames}: a repeated name is numbered) and their canvases hold no snapshots
 * @param conflicts what a three-way merge left for the founder to decide, in the canvas's order
 * @param extras fields from a newer Toile, kept as they were
 */
public record Canvas(
    Header header,
    String freeNotes,
    Market market,
    SegmentStrategy strategy,
    List<CustomerSegment> segments,
    Map<Block, List<Note>> notes,
    List<Snapshot> snapshots,
    List<MergeConflict> conflicts,
    Extras extras) {

  public Canvas {
    header = header == null ? Header.EMPTY : header;
    market = market == null ? Market.EMPTY : market;
    segments = segments == null ? List.of() : List.copyOf(segments);
    EnumMap<Block, List<Note>> copy = new EnumMap<>(Block.class);
    for (Block b : Block.noteBlocks()) {
      List<Note> list = notes == null ? null : notes.get(b);
      copy.put(b, list == null ? List.of() : List.copyOf(list));
    }
    if (notes != null && notes.containsKey(Block.CUSTOMER_SEGMENTS)
        && !notes.get(Block.CUSTOMER_SEGMENTS).isEmpty()) {
      throw new IllegalArgumentException("the customer segments block holds segments, not notes");
    }
    notes = Collections.unmodifiableMap(copy);
    snapshots = snapshots == null ? List.of() : SnapshotNames.unique(List.copyOf(snapshots));
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    extras = extras == null ? Extras.NONE : extras;
  }

  /** A canvas with no snapshots. */
  public Canvas(Header header, String freeNotes, Market market, SegmentStrategy strategy,
      List<CustomerSegment> segments, Map<Block, List<Note>> notes, Extras extras) {
    this(header, freeNotes, market, strategy, segments, notes, List.of(), List.of(), extras);
  }

  /** An empty canvas: no segment, no note. */
  public static Canvas empty() {
    return new Canvas(Header.EMPTY, null, Market.EMPTY, null, List.of(), Map.of(), Extras.NONE);
  }

  /** The snapshot with this name ({@link SnapshotNames#same}), if any. */
  public Optional<Snapshot> snapshot(String name) {
    return snapshots.stream().filter(s -> SnapshotNames.same(s.name(), name)).findFirst();
  }

  /** A copy with these snapshots (none when null), the canvas itself unchanged. */
  public Canvas withSnapshots(List<Snapshot> v) {
    return new Canvas(header, freeNotes, market, strategy, segments, notes, v, conflicts, extras);
  }

  /** A copy with these merge conflicts (none when null), the canvas itself unchanged. */
  public Canvas withConflicts(List<MergeConflict> v) {
    return new Canvas(header, freeNotes, market, strategy, segments, notes, snapshots, v, extras);
  }

  /** The notes of one block (empty for customer segments). */
  public List<Note> notes(Block block) {
    return block.holdsNotes() ? notes.get(block) : List.of();
  }

  /** Total number of notes over the eight note blocks. */
  public int noteCount() {
    int n = 0;
    for (List<Note> list : notes.values()) {
      n += list.size();
    }
    return n;
  }

  /** The segment with this id, if any. */
  public Optional<CustomerSegment> segment(String id) {
    for (CustomerSegment s : segments) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Index of the segment with this id, or -1. */
  public int segmentIndex(String id) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** Where the note with this id is, if any. */
  public Optional<NotePlace> findNote(String id) {
    for (Map.Entry<Block, List<Note>> e : notes.entrySet()) {
      List<Note> list = e.getValue();
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).id().equals(id)) {
          return Optional.of(new NotePlace(e.getKey(), i, list.get(i)));
        }
      }
    }
    return Optional.empty();
  }

  public Canvas withHeader(Header v) {
    return new Canvas(v, freeNotes, market, strategy, segments, notes, snapshots, conflicts, extras);
  }

  public Canvas withFreeNotes(String v) {
    return new Canvas(header, v, market, strategy, segments, notes, snapshots, conflicts, extras);
  }

  public Canvas withMarket(Market v) {
    return new Canvas(header, freeNotes, v, strategy, segments, notes, snapshots, conflicts, extras);
  }

  public Canvas withStrategy(SegmentStrategy v) {
    return new Canvas(header, freeNotes, market, v, segments, notes, snapshots, conflicts, extras);
  }

  public Canvas withSegments(List<CustomerSegment> v) {
    return new Canvas(header, freeNotes, market, strategy, v, notes, snapshots, conflicts, extras);
  }

  /** A copy with these fields from a newer Toile. */
  public Canvas withExtras(Extras v) {
    return new Canvas(header, freeNotes, market, strategy, segments, notes, snapshots, conflicts, v);
  }

  /** A copy with the segment of the same id replaced; unchanged if there is none. */
  public Canvas withSegment(CustomerSegment segment) {
    int i = segmentIndex(segment.id());
    if (i < 0) {
      return this;
    }
    List<CustomerSegment> list = new ArrayList<>(segments);
    list.set(i, segment);
    return withSegments(list);
  }

  /** A copy with one block's notes replaced. */
  public Canvas withNotes(Block block, List<Note> list) {
    if (!block.holdsNotes()) {
      throw new IllegalArgumentException("the customer segments block holds no notes");
    }
    EnumMap<Block, List<Note>> copy = new EnumMap<>(notes);
    copy.put(block, list);
    return new Canvas(header, freeNotes, market, strategy, segments, copy, snapshots, conflicts,
        extras);
  }

  /** A copy with the note of the same id replaced where it stands; unchanged if there is none. */
  public Canvas withNote(Note note) {
    return findNote(note.id()).map(place -> {
      List<Note> list = new ArrayList<>(notes(place.block()));
      list.set(place.index(), note);
      return withNotes(place.block(), list);
    }).orElse(this);
  }

  /**
   * Where a note stands.
   *
   * @param block its block
   * @param index its position in the block
   * @param note the note
   */
  public record NotePlace(Block block, int index, Note note) {}
}
