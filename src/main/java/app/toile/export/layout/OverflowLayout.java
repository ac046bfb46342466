package app.toile.export.layout;

import app.toile.model.Block;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Flows the cards that did not fit on the canvas page onto as many overflow pages as they need,
 * in columns, each block under a heading, so that nothing is silently cut.
 */
public final class OverflowLayout {
  /** Font size of the cards on overflow pages. */
  public static final float SIZE = 8f;
  /** Font size of the section headings. */
  public static final float HEADING_SIZE = 10f;
  /** Narrowest column. */
  public static final float MIN_COLUMN = 170f;

  private OverflowLayout() {}

  /**
   * The overflow pages of a canvas plan, and for each block that overflows the index (from 0) of
   * the overflow page where it continues.
   *
   * @param pages the overflow pages, in order
   * @param firstPage for each overflowing block, the index of its first overflow page
   */
  public record Result(List<OverflowPage> pages, Map<Block, Integer> firstPage) {

    public Result {
      pages = List.copyOf(pages);
      firstPage = Map.copyOf(firstPage);
    }
  }

  /** Lays out the overflow of every block of the plan on pages of this size. */
  public static Result layout(CanvasPlan plan, float width, float height, TextMeasure measure) {
    PageFrame frame = PageFrame.of(width, height, 0);
    float headingHeight = measure.leading(HEADING_SIZE) + 2;
    float smallestCard = 2 * CardFlow.padding(SIZE) + 2 * measure.leading(SIZE);
    List<List<OverflowPage.Section>> pages = new ArrayList<>();
    Map<Block, Integer> firstPage = new EnumMap<>(Block.class);
    Columns columns = null;
    for (Block block : Block.values()) {
      CardQueue rest = new CardQueue(plan.blocks().get(block).overflow(), SIZE, measure);
      while (!rest.isEmpty()) {
        if (columns == null || columns.remaining() < headingHeight + smallestCard
            && !columns.nextColumn()) {
          columns = Columns.atLeast(frame.body(), MIN_COLUMN, CardFlow.GAP * 3, CardFlow.GAP);
          pages.add(new ArrayList<>());
        }
        Box heading = columns.takeHeading(headingHeight);
        List<PlacedCard> placed = new ArrayList<>();
        rest.place(columns, placed);
        if (!placed.isEmpty()) {
          pages.get(pages.size() - 1).add(new OverflowPage.Section(block, heading, placed));
          firstPage.putIfAbsent(block, pages.size() - 1);
        }
        if (!rest.isEmpty()) {
          columns = null;
        }
      }
    }
    List<OverflowPage> result = new ArrayList<>();
    for (List<OverflowPage.Section> sections : pages) {
      result.add(new OverflowPage(frame, sections));
    }
    return new Result(result, firstPage);
  }
}
