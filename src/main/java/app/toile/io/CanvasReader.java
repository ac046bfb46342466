package app.toile.io;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Guide;
import app.toile.model.Header;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.model.SegmentStrategy;
import app.toile.model.TargetProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the canvas of a file: the header, market, strategy and notes here, the segments with a
 * {@link SegmentReader}. Its errors are the ones to show only for a file that passed the {@link
 * FormatCheck}; {@link #canvasIfReadable()} reads any file, for the one-pass open. Each object's fields are matched by name;
 * the ones this Toile does not know are kept in the record's extras.
 */
final class CanvasReader {
  private final JsonInput in;
  private final KnownIds ids;
  private final SegmentReader segmentReader;
  private String format;
  private Integer formatVersion;

  /** @param fileBytes the size of the file, to make room for its ids up front */
  CanvasReader(JsonInput in, int fileBytes) {
    this.in = in;
    this.ids = new KnownIds(fileBytes);
    this.segmentReader = new SegmentReader(in, ids);
  }

  /**
   * The canvas, when the file is a canvas this Toile reads (object, format name, version, nothing
   * after it), else null: then only the {@link FormatCheck} can say what is wrong with it.
   */
  Canvas canvasIfReadable() {
    if (in.start() != JsonToken.START_OBJECT) {
      return null;
    }
    Canvas canvas = fields();
    boolean readable = CanvasFormat.NAME.equals(format) && formatVersion != null
        && formatVersion >= 1 && formatVersion <= CanvasFormat.VERSION;
    return readable && in.start() == null ? canvas : null;
  }

  /** The canvas of a file that passed the format check. */
  Canvas canvas() {
    in.start();
    return fields();
  }

  private Canvas fields() {
    Header header = null;
    String freeNotes = null;
    Market market = null;
    SegmentStrategy strategy = null;
    List<CustomerSegment> segments = List.of();
    Map<Block, List<Note>> notes = Map.of();
    Guide guide = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "format" -> format = in.isText() ? in.text() : null;
        case "formatVersion" -> formatVersion = in.isWholeNumber() ? in.whole() : null;
        case "header" -> header = in.enterObject() ? header() : null;
        case "freeNotes" -> freeNotes = in.text();
        case "market" -> market = in.enterObject() ? market() : null;
        case "strategy" -> strategy = in.choice(SegmentStrategy.class);
        case "segments" -> segments = segments();
        case "notes" -> notes = notes();
        case "guide" -> guide = in.enterObject() ? GuideJson.read(in) : null;
        default -> unknown = in.keep(unknown);
      }
    }
    return new Canvas(header, freeNotes, market, strategy, segments, notes, guide,
        JsonInput.extras(unknown));
  }

  private Header header() {
    String title = null;
    String designedFor = null;
    String designedBy = null;
    LocalDate date = null;
    String version = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "title" -> title = in.text();
        case "designedFor" -> designedFor = in.text();
        case "designedBy" -> designedBy = in.text();
        case "date" -> date = in.date();
        case "version" -> version = in.text();
        default -> unknown = in.keep(unknown);
      }
    }
    return new Header(title, designedFor, designedBy, date, version, JsonInput.extras(unknown));
  }

  private Market market() {
    MarketDomain domain = null;
    TargetProfile target = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "domain" -> domain = in.choice(MarketDomain.class);
        case "target" -> target = in.enterObject() ? target() : null;
        default -> unknown = in.keep(unknown);
      }
    }
    return new Market(domain, target, JsonInput.extras(unknown));
  }

  private TargetProfile target() {
    Integer ageMin = null;
    Integer ageMax = null;
    String familySituation = null;
    String lifestyle = null;
    String financialMeans = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "ageMin" -> ageMin = in.whole();
        case "ageMax" -> ageMax = in.whole();
        case "familySituation" -> familySituation = in.text();
        case "lifestyle" -> lifestyle = in.text();
        case "financialMeans" -> financialMeans = in.text();
        default -> unknown = in.keep(unknown);
      }
    }
    return new TargetProfile(ageMin, ageMax, familySituation, lifestyle, financialMeans,
        JsonInput.extras(unknown));
  }

  private List<CustomerSegment> segments() {
    List<CustomerSegment> list = new ArrayList<>();
    if (in.enterList()) {
      while (in.nextItem()) {
        int number = list.size() + 1;
        list.add(segmentReader.segment(() -> "segment " + number));
      }
    }
    return list;
  }

  private Map<Block, List<Note>> notes() {
    Map<Block, List<Note>> notes = new EnumMap<>(Block.class);
    if (!in.enterObject()) {
      return notes;
    }
    while (in.nextField()) {
      Block block = Block.fromKey(in.name());
      if (block == null || !block.holdsNotes()) {
        throw in.error(in.here(), "\"notes\" has no block " + Quote.text(in.name())
            + "; its blocks are " + Block.noteBlocks().stream().map(Block::key)
            .collect(Collectors.joining(", ")));
      }
      List<Note> list = new ArrayList<>();
      if (in.enterList()) {
        while (in.nextItem()) {
          int number = list.size() + 1;
          list.add(note(() -> "note " + number + " of \"" + block.key() + "\""));
        }
      }
      notes.put(block, list);
    }
    return notes;
  }

  private Note note(Supplier<String> what) {
    in.requireObject();
    TokenStreamLocation start = in.here();
    String id = null;
    TokenStreamLocation idAt = null;
    String text = null;
    NoteColour colour = null;
    List<String> segmentIds = List.of();
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "id" -> {
          idAt = in.here();
          id = in.text();
        }
        case "text" -> text = in.text();
        case "colour" -> colour = in.choice(NoteColour.class);
        case "segmentIds" -> segmentIds = in.texts(ids::shared);
        default -> unknown = in.keep(unknown);
      }
    }
    ids.claim(in, id, idAt, start, what);
    return new Note(id, text, colour, segmentIds, JsonInput.extras(unknown));
  }
}
