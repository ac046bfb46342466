package app.toile.export.layout;

import app.toile.model.Block;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flows the cards that did not fit on the canvas page onto as many overflow pages as they need,
 * in columns, each block under a heading, so that nothing is silently cut. A page that shows
 * chips carries the legend of those chips at its foot.
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
   * The overflow pages of a canvas plan, and for each block that overflows the indexes (from 0)
   * of the first and last overflow pages it runs over.
   *
   * @param pages the overflow pages, in order
   * @param firstPage for each overflowing block, the index of its first overflow page
   * @param lastPage for each overflowing block, the index of its last overflow page
   */
  public record Result(List<OverflowPage> pages, Map<Block, Integer> firstPage,
      Map<Block, Integer> lastPage) {

    public Result {
      pages = List.copyOf(pages);
      firstPage = Map.copyOf(firstPage);
      lastPage = Map.copyOf(lastPage);
    }
  }

  /** Lays out the overflow of every block of the plan on pages of this size, with no legend. */
  public static Result layout(CanvasPlan plan, float width, float height, TextMeasure measure) {
    return layout(plan, width, height, "", List.of(), measure);
  }

  /**
   * Lays out the overflow of every block of the plan on pages of this size; each page's legend
   * holds the {@code legend} entries whose chips it shows.
   */
  public static Result layout(CanvasPlan plan, float width, float height, String legendLabel,
      List<Legend.Entry> legend, TextMeasure measure) {
    PageFrame frame = PageFrame.of(width, height, 0);
    List<Legend.Entry> shown = shown(plan, legend);
    Box body = frame.body();
    // Room for the legend of every chip the overflow shows; none on any page if that is too tall.
    Legend.Plan tallest = Legend.within(legendLabel, shown, body, measure);
    if (tallest == Legend.Plan.NONE) {
      shown = List.of();
    }
    body = body.withoutBottom(tallest.height());
    float headingHeight = measure.leading(HEADING_SIZE) + 2;
    float smallestCard = 2 * CardFlow.padding(SIZE) + 2 * measure.leading(SIZE);
    List<List<OverflowPage.Section>> pages = new ArrayList<>();
    Map<Block, Integer> firstPage = new EnumMap<>(Block.class);
    Map<Block, Integer> lastPage = new EnumMap<>(Block.class);
    Columns columns = null;
    for (Block block : Block.values()) {
      CardQueue rest = new CardQueue(plan.blocks().get(block).overflow(), SIZE, measure);
      while (!rest.isEmpty()) {
        if (columns == null || columns.remaining() < headingHeight + smallestCard
            && !columns.nextColumn()) {
          columns = Columns.atLeast(body, MIN_COLUMN, CardFlow.GAP * 3, CardFlow.GAP);
          pages.add(new ArrayList<>());
        }
        Box heading = columns.takeHeading(headingHeight);
        List<PlacedCard> placed = new ArrayList<>();
        rest.place(columns, placed);
        if (!placed.isEmpty()) {
          pages.get(pages.size() - 1).add(new OverflowPage.Section(block, heading, placed));
          firstPage.putIfAbsent(block, pages.size() - 1);
          lastPage.put(block, pages.size() - 1);
        }
        if (!rest.isEmpty()) {
          columns = null;
        }
      }
    }
    List<OverflowPage> result = new ArrayList<>();
    for (List<OverflowPage.Section> sections : pages) {
      Legend.Plan key = Legend.layout(legendLabel, onPage(sections, shown), body.x(),
          body.bottom(), body.width(), measure);
      result.add(new OverflowPage(frame, sections, key));
    }
    return new Result(result, firstPage, lastPage);
  }

  /** The entries whose chips some overflowing card shows, in the legend's order. */
  private static List<Legend.Entry> shown(CanvasPlan plan, List<Legend.Entry> legend) {
    Set<Chip> chips = new LinkedHashSet<>();
    for (BlockPlan b : plan.blocks().values()) {
      for (Card c : b.overflow()) {
        chips.addAll(c.links());
      }
    }
    return legend.stream().filter(e -> chips.contains(e.chip())).toList();
  }

  private static List<Legend.Entry> onPage(List<OverflowPage.Section> sections,
      List<Legend.Entry> legend) {
    Set<Chip> chips = new LinkedHashSet<>();
    for (OverflowPage.Section s : sections) {
      for (PlacedCard c : s.cards()) {
        chips.addAll(c.card().links());
      }
    }
    return legend.stream().filter(e -> chips.contains(e.chip())).toList();
  }
}
