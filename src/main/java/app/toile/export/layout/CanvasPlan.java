package app.toile.export.layout;

import app.toile.model.Block;
import java.util.List;
import java.util.Map;

/**
 * The canvas page laid out: header lines and the nine blocks.
 *
 * @param frame the page's parts
 * @param titleLines the canvas title, wrapped
 * @param titleSize its font size
 * @param factLines designed for, designed by, date and version, wrapped
 * @param factSize their font size
 * @param blocks every block's plan
 */
public record CanvasPlan(
    PageFrame frame,
    List<String> titleLines,
    float titleSize,
    List<String> factLines,
    float factSize,
    Map<Block, BlockPlan> blocks) {
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
}
