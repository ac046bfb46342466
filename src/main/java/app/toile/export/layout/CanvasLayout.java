package app.toile.export.layout;

import app.toile.model.Block;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the canvas page: the header, then each block at its place in the canonical layout
 * ({@link Block#area()}, the same fractions the editor uses). Every note of the page is set at one
 * size: the largest, from a cap down to a floor in half points, at which every block holds all its
 * cards. When even the floor is too large for a block, that block sets aside what does not fit
 * for an overflow page and keeps room for a mark that says where it continues.
 *
 * <p>The poster ({@link #poster}) is laid out on a page of A4's proportions and size in points,
 * whatever the paper: the PDF draws it grown by the paper's scale, so that an A1 print is the A4
 * page, every size and rule grown alike, read from further away. The older layout ({@link
 * #layout}) grows the type only, for slides.
 */
public final class CanvasLayout {
  /** Largest note size of the slide layout, before its scale. */
  public static final float MAX_SIZE = 9f;
  /** Smallest note size: below it, print stops being readable. */
  public static final float MIN_SIZE = 6.5f;
  /** Largest note size of the poster: notes grow up to it to fill the blocks. */
  public static final float POSTER_MAX_SIZE = 12f;
  /** Font size of the block names on the poster. */
  public static final float POSTER_TITLE_SIZE = 12.5f;
  /** Size of a block's icon on the poster. */
  public static final float ICON_SIZE = 15f;
  /** Font size of the block names on slides, before their scale. */
  public static final float BLOCK_TITLE_SIZE = 9.5f;
  /** Font size of the guiding question in an empty block. */
  public static final float QUESTION_SIZE = 7.5f;
  /** Font size of the "continued on page N" mark. */
  public static final float MARK_SIZE = 7f;
  /** Padding inside a block's frame. */
  public static final float BLOCK_PADDING = 6f;
  /** Narrowest column of cards at 9 pt: wide blocks (the bottom row) get several columns. */
  public static final float MIN_COLUMN = 115f;
  /** Most lines of title, and of facts, in the slide's header: the blocks need the page. */
  public static final int HEADER_LINES = 2;
  /** Height of a landscape A4 page, the size every other size is given for. */
  private static final float A4_HEIGHT = 595.28f;

  private CanvasLayout() {}

  /**
   * Lays out the canvas page as the poster, on a page {@code width} × {@code height} points of
   * A4's scale (see the class's comment): the header with its boxed fields,
   * the nine blocks with room for their icons, and under them the legend of the chips.
   */
  public static CanvasPlan poster(float width, float height, PosterHeader.Content header,
      Map<Block, BlockContent> blocks, String legendLabel, List<Legend.Entry> legend,
      TextMeasure measure) {
    PageFrame frame = PageFrame.of(width, height, PosterHeader.height(measure));
    PosterHeader.Plan head = PosterHeader.layout(header, frame.header(), measure);
    Box body = frame.body();
    Legend.Plan key = Legend.within(legendLabel, legend, body, measure);
    body = body.withoutBottom(key.height());
    key = key.moved(body.bottom());
    BlockLayout style = new BlockLayout(POSTER_TITLE_SIZE, QUESTION_SIZE, ICON_SIZE, MIN_COLUMN,
        MAX_SIZE);
    Map<Block, BlockPlan> plans = blocks(body, blocks, style, POSTER_MAX_SIZE, MIN_SIZE, measure);
    return new CanvasPlan(frame, List.of(), 0, List.of(), 0, plans, head, key, ICON_SIZE);
  }

  /**
   * Lays out the canvas page for a slide of {@code width} × {@code height} points, its type grown
   * with the page's height (see {@link #layout(float, float, float, float, String, List, Map,
   * TextMeasure)}), notes no smaller than {@link #MIN_SIZE}.
   *
   * @param facts header facts (designed for, by, date, version), each already labelled
   */
  public static CanvasPlan layout(float width, float height, String title, List<String> facts,
      Map<Block, BlockContent> blocks, TextMeasure measure) {
    return layout(width, height, scale(height), title, facts, blocks, measure);
  }

  /** The same with every size but the floor grown by {@code scale}. */
  public static CanvasPlan layout(float width, float height, float scale, String title,
      List<String> facts, Map<Block, BlockContent> blocks, TextMeasure measure) {
    return layout(width, height, scale, MIN_SIZE, title, facts, blocks, measure);
  }

  /**
   * Lays out the canvas page with every size grown by {@code scale} (a slide, seen from across a
   * room, wants larger text than its size in points alone would give), the title and facts on
   * top, and the notes at one size no smaller than {@code floor}.
   */
  public static CanvasPlan layout(float width, float height, float scale, float floor,
      String title, List<String> facts, Map<Block, BlockContent> blocks, TextMeasure measure) {
    float lineWidth = width - 2 * PageFrame.MARGIN;
    float titleSize = CanvasPlan.TITLE_SIZE * scale;
    float factSize = CanvasPlan.FACT_SIZE * scale;
    List<String> titleLines =
        TextFit.atMost(title, HEADER_LINES, lineWidth, true, titleSize, measure);
    List<String> factLines = TextFit.atMost(String.join("  ·  ", facts), HEADER_LINES, lineWidth,
        false, factSize, measure);
    float header = titleLines.size() * measure.leading(titleSize)
        + factLines.size() * measure.leading(factSize);
    PageFrame frame = PageFrame.of(width, height, header);
    BlockLayout style = new BlockLayout(grown(BLOCK_TITLE_SIZE, scale),
        grown(QUESTION_SIZE, scale), 0, MIN_COLUMN * scale, Float.MAX_VALUE);
    float cap = Math.max(floor, grown(MAX_SIZE, scale));
    Map<Block, BlockPlan> plans = blocks(frame.body(), blocks, style, cap, floor, measure);
    return new CanvasPlan(frame, titleLines, titleSize, factLines, factSize, plans, null,
        Legend.Plan.NONE, 0);
  }

  /**
   * Every block at the largest size from {@code cap} down to {@code floor} (in half points) at
   * which all of them fit, else at the floor with overflow. Fitting is taken to be monotonic in the
   * size, so the sizes are searched by halves.
   */
  private static Map<Block, BlockPlan> blocks(Box body, Map<Block, BlockContent> contents,
      BlockLayout style, float cap, float floor, TextMeasure measure) {
    List<Float> sizes = new ArrayList<>();
    for (float s = cap; s >= floor - 0.001f; s -= 0.5f) {
      sizes.add(s);
    }
    if (sizes.isEmpty()) {
      sizes.add(floor);
    }
    Map<Block, BlockPlan> fit = fitting(body, contents, style, sizes.get(0), measure);
    if (fit == null) {
      int lo = 1;
      int hi = sizes.size() - 1;
      Map<Block, BlockPlan> best = null;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Map<Block, BlockPlan> at = fitting(body, contents, style, sizes.get(mid), measure);
        if (at != null) {
          best = at;
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      fit = best;
    }
    if (fit != null) {
      return fit;
    }
    Map<Block, BlockPlan> plans = new EnumMap<>(Block.class);
    float last = sizes.get(sizes.size() - 1);
    for (Block block : Block.values()) {
      plans.put(block, style.layout(block, area(body, block), contents.get(block), last, true,
          measure));
    }
    return plans;
  }

  /** Every block at {@code size}, or null when one of them does not hold its cards. */
  private static Map<Block, BlockPlan> fitting(Box body, Map<Block, BlockContent> contents,
      BlockLayout style, float size, TextMeasure measure) {
    Map<Block, BlockPlan> plans = new EnumMap<>(Block.class);
    for (Block block : Block.values()) {
      BlockPlan p = style.layout(block, area(body, block), contents.get(block), size, false,
          measure);
      if (p == null) {
        return null;
      }
      plans.put(block, p);
    }
    return plans;
  }

  /** How much larger than on A4 the text is: 1 on A4 and Letter, about 1.4 on A3. */
  static float scale(float pageHeight) {
    return Math.max(1f, Math.round(pageHeight / A4_HEIGHT * 10) / 10f);
  }

  /** A size grown by {@code scale}, to the nearest half point. */
  private static float grown(float size, float scale) {
    return Math.round(size * scale * 2) / 2f;
  }

  /** The frame of a block inside the body of the page. */
  public static Box area(Box body, Block block) {
    Block.Area a = block.area();
    return new Box(body.x() + (float) a.x() * body.width(), body.y() + (float) a.y() * body.height(),
        (float) a.width() * body.width(), (float) a.height() * body.height());
  }
}
