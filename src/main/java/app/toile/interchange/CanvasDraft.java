package app.toile.interchange;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Extras;
import app.toile.model.Header;
import app.toile.model.Ids;
import app.toile.model.Market;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A canvas being built by an importer, with the report of what went in and what did not. Every
 * note and segment gets a new id: an imported file's own ids, when it has any, mean nothing here.
 */
final class CanvasDraft {
  private static final int QUOTE_CHARS = 60;

  private final Map<Block, List<Note>> notes = new EnumMap<>(Block.class);
  private final List<CustomerSegment> segments = new ArrayList<>();
  private final StringBuilder freeNotes = new StringBuilder();
  private final List<Kept> kept = new ArrayList<>();
  private final List<Dropped> dropped = new ArrayList<>();
  private Header header = Header.EMPTY;
  private int headerFields;
  private int links;

  /** Adds a note at the end of its block; returns it. */
  Note note(Block block, String text, NoteColour colour, List<String> segmentIds) {
    Note note = new Note(Ids.newNoteId(), text, colour, segmentIds, Extras.NONE);
    notes.computeIfAbsent(block, b -> new ArrayList<>()).add(note);
    links += segmentIds.size();
    return note;
  }

  /** Makes a note added before serve these segments. */
  void link(String noteId, List<String> segmentIds) {
    for (List<Note> list : notes.values()) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).id().equals(noteId)) {
          links += segmentIds.size() - list.get(i).segmentIds().size();
          list.set(i, list.get(i).withSegmentIds(segmentIds));
        }
      }
    }
  }

  /** Adds a segment with a new id and this name; returns it. */
  CustomerSegment segment(String name) {
    CustomerSegment s = CustomerSegment.named(Ids.newSegmentId(), name);
    segments.add(s);
    return s;
  }

  /** Replaces a segment added before by its edited copy (same id). */
  void update(CustomerSegment segment) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).id().equals(segment.id())) {
        segments.set(i, segment);
      }
    }
  }

  List<CustomerSegment> segments() {
    return segments;
  }

  Header header() {
    return header;
  }

  /** Sets the header, counting a field read. */
  void header(Header h) {
    header = h;
    headerFields++;
  }

  /** Keeps text that names no block in the free notes. */
  void keep(int line, String what, String text) {
    kept.add(new Kept(line, shorten(what)));
    if (!text.isBlank()) {
      if (freeNotes.length() > 0) {
        freeNotes.append("\n\n");
      }
      freeNotes.append(text.strip());
    }
  }

  void drop(int line, DropReason reason, String what) {
    dropped.add(new Dropped(line, reason, shorten(what)));
  }

  /** The canvas and the report. */
  ImportResult result(String source, InterchangeFormat format) {
    Canvas canvas = new Canvas(header, freeNotes.length() == 0 ? null : freeNotes.toString(),
        Market.EMPTY, null, segments, notes, Extras.NONE);
    int noteCount = canvas.noteCount();
    int blocks = (int) notes.values().stream().filter(l -> !l.isEmpty()).count();
    List<Dropped> byLine = new ArrayList<>(dropped);
    byLine.sort(Comparator.comparingInt(Dropped::line));
    return new ImportResult(canvas, new ImportReport(source, format, noteCount, blocks,
        segments.size(), links, headerFields, kept, byLine));
  }

  /** A thing quoted in the report: one line, at most a few words. */
  static String shorten(String s) {
    String one = s == null ? "" : s.strip().replaceAll("\\s+", " ");
    if (one.codePointCount(0, one.length()) <= QUOTE_CHARS) {
      return one;
    }
    return one.substring(0, one.offsetByCodePoints(0, QUOTE_CHARS - 1)).strip() + "\u2026";
  }
}
