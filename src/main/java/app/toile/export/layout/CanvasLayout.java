package app.toile.export.layout;

import app.toile.model.Block;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the canvas page: the header, then each block at its place in the canonical layout
 * ({@link Block#area()}, the same fractions the editor uses). Each block's cards start at
 * {@value #MAX_SIZE} pt and shrink in half points down to {@value #MIN_SIZE} pt until they fit;
 * what still does not fit is set aside for an overflow page, and room is kept for a mark that
 * says where it continues. On paper larger than A4 every size but the floor grows with the page,
 * so that an A3 print pinned on a wall reads from further away.
 */
public final class CanvasLayout {
  /** Largest font size of the cards. */
  public static final float MAX_SIZE = 9f;
  /** Smallest font size of the cards: below it, print stops being readable. */
  public static final float MIN_SIZE = 6.5f;
  /** Font size of the block names. */
  public static final float BLOCK_TITLE_SIZE = 9.5f;
  /** Font size of the guiding question in an empty block. */
  public static final float QUESTION_SIZE = 7.5f;
  /** Font size of the "continued on page N" mark. */
  public static final float MARK_SIZE = 7f;
  /** Padding inside a block's frame. */
  public static final float BLOCK_PADDING = 6f;
  /** Narrowest column of cards: wide blocks (the bottom row) get several columns. */
  public static final float MIN_COLUMN = 115f;
  /** Most lines of title, and of facts, in the header: the blocks need the page. */
  public static final int HEADER_LINES = 2;
  /** Height of a landscape A4 page, the size every other size is given for. */
  private static final float A4_HEIGHT = 595.28f;

  private CanvasLayout() {}

  /**
   * Lays out the canvas page.
   *
   * @param width page width in points
   * @param height page height in points
   * @param title the canvas title
   * @param facts header facts (designed for, by, date, version), each already labelled
   * @param blocks what each of the nine blocks shows
   * @param measure font metrics
   */
  public static CanvasPlan layout(float width, float height, String title, List<String> facts,
      Map<Block, BlockContent> blocks, TextMeasure measure) {
    return layout(width, height, scale(height), title, facts, blocks, measure);
  }

  /**
   * Lays out the canvas page with every size but the floor grown by {@code scale}: a slide, seen
   * from across a room, wants larger text than its size in points alone would give.
   */
  public static CanvasPlan layout(float width, float height, float scale, String title,
      List<String> facts, Map<Block, BlockContent> blocks, TextMeasure measure) {
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
    Map<Block, BlockPlan> plans = new EnumMap<>(Block.class);
    for (Block block : Block.values()) {
      plans.put(block,
          layoutBlock(block, area(frame.body(), block), blocks.get(block), measure, scale));
    }
    return new CanvasPlan(frame, titleLines, titleSize, factLines, factSize, plans);
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

  static BlockPlan layoutBlock(Block block, Box box, BlockContent content, TextMeasure measure,
      float scale) {
    Box inner = box.inset(BLOCK_PADDING);
    float titleSize = grown(BLOCK_TITLE_SIZE, scale);
    List<String> title = TextFit.wrap(content.title(), inner.width(), true, titleSize, measure);
    Box cardsArea = inner.below(title.size() * measure.leading(titleSize) + 4);
    if (content.cards().isEmpty()) {
      float questionSize = grown(QUESTION_SIZE, scale);
      List<String> question =
          TextFit.wrap(content.question(), cardsArea.width(), false, questionSize, measure);
      return new BlockPlan(block, box, title, titleSize, question, questionSize,
          List.of(), List.of(), null);
    }
    float minColumn = MIN_COLUMN * scale;
    for (float size = grown(MAX_SIZE, scale); size >= MIN_SIZE; size -= 0.5f) {
      List<PlacedCard> placed = new ArrayList<>();
      Columns columns = Columns.atLeast(cardsArea, minColumn, CardFlow.GAP, CardFlow.GAP);
      // A card with more lines than the block holds fails this size without being wrapped whole.
      CardQueue queue = new CardQueue(content.cards(), size, measure,
          columns.mostLines(measure.leading(size)));
      queue.place(columns, placed);
      if (queue.isEmpty()) {
        return new BlockPlan(block, box, title, titleSize, List.of(), size, placed,
            List.of(), null);
      }
    }
    float markHeight = measure.leading(MARK_SIZE) + 2;
    Box fitArea = cardsArea.withoutBottom(markHeight);
    List<PlacedCard> placed = new ArrayList<>();
    Columns columns = Columns.atLeast(fitArea, minColumn, CardFlow.GAP, CardFlow.GAP);
    List<Card> rest = CardFlow.place(content.cards(), columns, MIN_SIZE, measure, placed);
    Box mark = new Box(cardsArea.x(), cardsArea.bottom() - markHeight + 2, cardsArea.width(),
        markHeight - 2);
    return new BlockPlan(block, box, title, titleSize, List.of(), MIN_SIZE, placed, rest,
        rest.isEmpty() ? null : mark);
  }
}
