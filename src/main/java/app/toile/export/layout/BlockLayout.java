package app.toile.export.layout;

import app.toile.model.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one block of the canvas page at a given note size: its title (beside its icon, when
 * the page has icons), then its cards in as many columns as its width holds, or its guiding
 * question when it is empty.
 *
 * @param titleSize font size of the block names
 * @param questionSize font size of the guiding question of an empty block
 * @param iconSize size of the block's icon at the top right; 0 for none
 * @param minColumn narrowest column of cards at the size {@code columnSize}
 * @param columnSize the note size at which columns are {@code minColumn} wide at least; larger
 *     notes want wider columns, in proportion
 */
record BlockLayout(float titleSize, float questionSize, float iconSize, float minColumn,
    float columnSize) {
  /** Space between the block's title and its cards. */
  static final float TITLE_GAP = 4f;

  /** The block's name, wrapped beside its icon. */
  List<String> title(Box box, BlockContent content, TextMeasure measure) {
    Box inner = box.inset(CanvasLayout.BLOCK_PADDING);
    float room = inner.width() - (iconSize > 0 ? iconSize + TITLE_GAP : 0);
    return TextFit.wrap(content.title(), room, true, titleSize, measure);
  }

  /** Where the cards go: below the title, or below the icon when it is taller. */
  Box cardsArea(Box box, List<String> title, TextMeasure measure) {
    Box inner = box.inset(CanvasLayout.BLOCK_PADDING);
    float head = Math.max(title.size() * measure.leading(titleSize), iconSize);
    return inner.below(head + TITLE_GAP);
  }

  /**
   * The block with its cards at {@code size}, or null when they do not all fit and
   * {@code overflow} is false; when it is true, what does not fit is set aside for an overflow
   * page, with room kept for the mark that says where it continues.
   */
  BlockPlan layout(Block block, Box box, BlockContent content, float size, boolean overflow,
      TextMeasure measure) {
    List<String> title = title(box, content, measure);
    Box cardsArea = cardsArea(box, title, measure);
    if (content.cards().isEmpty()) {
      List<String> question =
          TextFit.wrap(content.question(), cardsArea.width(), false, questionSize, measure);
      return new BlockPlan(block, box, title, titleSize, question, questionSize,
          List.of(), List.of(), null);
    }
    float column = minColumn * Math.max(1f, size / columnSize);
    List<PlacedCard> placed = new ArrayList<>();
    Columns columns = Columns.atLeast(cardsArea, column, CardFlow.GAP, CardFlow.GAP);
    // A card with more lines than the block holds fails this size without being wrapped whole.
    CardQueue queue = new CardQueue(content.cards(), size, measure,
        columns.mostLines(measure.leading(size)));
    queue.place(columns, placed);
    if (queue.isEmpty()) {
      return new BlockPlan(block, box, title, titleSize, List.of(), size, placed, List.of(), null);
    }
    if (!overflow) {
      return null;
    }
    float markHeight = measure.leading(CanvasLayout.MARK_SIZE) + 2;
    Box fitArea = cardsArea.withoutBottom(markHeight);
    placed = new ArrayList<>();
    columns = Columns.atLeast(fitArea, column, CardFlow.GAP, CardFlow.GAP);
    List<Card> rest = CardFlow.place(content.cards(), columns, size, measure, placed);
    Box mark = new Box(cardsArea.x(), cardsArea.bottom() - markHeight + 2, cardsArea.width(),
        markHeight - 2);
    return new BlockPlan(block, box, title, titleSize, List.of(), size, placed, rest,
        rest.isEmpty() ? null : mark);
  }
}
