package app.toile.export.layout;

import app.toile.model.Block;
import java.util.List;

/**
 * A page that holds the cards the canvas page had no room for, block by block.
 *
 * @param frame the page's parts
 * @param sections one section per block continued on this page, in block order
 * @param legend the key to the chips on this page; {@link Legend.Plan#NONE} when it has none
 */
public record OverflowPage(PageFrame frame, List<Section> sections, Legend.Plan legend) {

  public OverflowPage {
    sections = List.copyOf(sections);
  }

  /**
   * The continuation of one block.
   *
   * @param block which block
   * @param heading its heading box (the block's name and "continued")
   * @param cards its cards, placed
   */
  public record Section(Block block, Box heading, List<PlacedCard> cards) {

    public Section {
      cards = List.copyOf(cards);
    }
  }
}
