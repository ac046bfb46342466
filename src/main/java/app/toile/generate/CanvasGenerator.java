package app.toile.generate;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Extras;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes a canvas of any size from a seed: a header, a market, segments with every status and
 * links between them, and notes spread over the eight blocks, most of them linked to segments.
 * The same settings give the same canvas on every machine and Java version ({@link Random} is
 * specified to the bit).
 */
public final class CanvasGenerator {
  private static final char[] ID_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private final GeneratorSettings settings;
  private final Random random;
  private final Words words;
  private final Set<String> ids = new HashSet<>();

  private CanvasGenerator(GeneratorSettings settings) {
    this.settings = settings;
    this.random = new Random(settings.seed());
    this.words = new Words(random);
  }

  /** The canvas these settings describe. */
  public static Canvas generate(GeneratorSettings settings) {
    return new CanvasGenerator(settings).canvas();
  }

  private Canvas canvas() {
    Header header = new Header(words.name(), words.place() + " " + words.name() + " SAS", words.person(),
        FIRST_DAY.plusDays(random.nextInt(1000)), "v" + (1 + random.nextInt(9)), Extras.NONE);
    Market market = new Market(MarketDomain.values()[random.nextInt(2)],
        new TargetProfile(18 + random.nextInt(20), 40 + random.nextInt(40), words.phrase(2, 5),
            words.phrase(2, 6), words.phrase(2, 4), Extras.NONE), Extras.NONE);
    SegmentStrategy strategy = SegmentStrategy.values()[random.nextInt(SegmentStrategy.values().length)];
    List<CustomerSegment> segments = segments();
    List<String> segmentIds = segments.stream().map(CustomerSegment::id).toList();
    return new Canvas(header, words.sentences(4), market, strategy, segments, notes(segmentIds),
        Extras.NONE);
  }

  private List<CustomerSegment> segments() {
    SegmentGenerator maker = new SegmentGenerator(random, words, settings.outOfRange());
    SegmentNames names = new SegmentNames(words);
    List<CustomerSegment> segments = new ArrayList<>();
    List<String> earlier = new ArrayList<>();
    for (int i = 0; i < settings.segments(); i++) {
      String id = newId("seg");
      String name = names.next(i, i == 0 ? null : segments.get(i - 1).name());
      segments.add(maker.segment(id, name, i, earlier));
      earlier.add(id);
    }
    return segments;
  }

  /**
   * The notes, block by block. Value propositions and channels hold more notes than key
   * resources, as on real canvases; three notes in four serve one to three segments.
   */
  private Map<Block, List<Note>> notes(List<String> segmentIds) {
    List<Block> blocks = Block.noteBlocks();
    int[] weights = new int[blocks.size()];
    int total = 0;
    for (int b = 0; b < blocks.size(); b++) {
      weights[b] = blocks.get(b) == Block.VALUE_PROPOSITIONS || blocks.get(b) == Block.CHANNELS ? 3
          : blocks.get(b) == Block.KEY_RESOURCES ? 1 : 2;
      total += weights[b];
    }
    Map<Block, List<Note>> notes = new EnumMap<>(Block.class);
    for (Block b : blocks) {
      notes.put(b, new ArrayList<>());
    }
    for (int n = 0; n < settings.notes(); n++) {
      int draw = random.nextInt(total);
      int b = 0;
      while (draw >= weights[b]) {
        draw -= weights[b++];
      }
      notes.get(blocks.get(b)).add(note(segmentIds));
    }
    return notes;
  }

  private Note note(List<String> segmentIds) {
    NoteColour colour = random.nextInt(3) == 0 ? null
        : NoteColour.values()[random.nextInt(NoteColour.values().length)];
    List<String> links = new ArrayList<>();
    if (!segmentIds.isEmpty() && random.nextInt(4) != 0) {
      int n = 1 + random.nextInt(Math.min(3, segmentIds.size()));
      while (links.size() < n) {
        String id = segmentIds.get(random.nextInt(segmentIds.size()));
        if (!links.contains(id)) {
          links.add(id);
        }
      }
    }
    if (settings.outOfRange() && random.nextInt(50) == 0) {
      links.add("seg-gone");
    }
    return new Note(newId("note"), words.phrase(3, 18), colour, links, Extras.NONE);
  }

  /** An id such as {@code seg-k3x9q2mf}, unique in the canvas. */
  private String newId(String prefix) {
    while (true) {
      StringBuilder sb = new StringBuilder(prefix).append('-');
      for (int i = 0; i < 8; i++) {
        sb.append(ID_LETTERS[random.nextInt(ID_LETTERS.length)]);
      }
      if (ids.add(sb.toString())) {
        return sb.toString();
      }
    }
  }
}
