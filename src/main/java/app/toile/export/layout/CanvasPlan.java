package app.toile.export.layout;

import app.toile.model.Block;
import java.util.List;
import java.util.Map;

/**
 * The canvas page laid out: header and the nine blocks.
 *
 * @param frame the page's parts
 * @param titleLines the canvas title, wrapped, for a slide's header; empty on the poster
 * @param titleSize its font size
 * @param factLines designed for, designed by, date and version, wrapped, for a slide's header
 * @param factSize their font size
 * @param blocks every block's plan
 * @param header the poster's header with its boxed fields; null on a slide
 * @param legend the key to the chips, under the blocks; {@link Legend.Plan#NONE} for none
 * @param iconSize size of each block's icon at its top right; 0 for none
 */
public record CanvasPlan(
    PageFrame frame,
    List<String> titleLines,
    float titleSize,
    List<String> factLines,
    float factSize,
    Map<Block, BlockPlan> blocks,
    PosterHeader.Plan header,
    Legend.Plan legend,
    float iconSize) {
  /** Font size of the canvas title on A4. */
  public static final float TITLE_SIZE = 15f;
  /** Font size of the header facts on A4. */
  public static final float FACT_SIZE = 8f;

  public CanvasPlan {
    titleLines = List.copyOf(titleLines);
    factLines = List.copyOf(factLines);
    blocks = Map.copyOf(blocks);
  }

  /** Whether any block continues on an overflow page. */
  public boolean overflows() {
    return blocks.values().stream().anyMatch(BlockPlan::overflows);
  }

  /** The size of the notes: the same in every block that has notes. */
  public float noteSize() {
    return blocks.values().stream().filter(b -> !b.cards().isEmpty() || b.overflows())
        .map(BlockPlan::size).findFirst().orElse(0f);
  }
}
