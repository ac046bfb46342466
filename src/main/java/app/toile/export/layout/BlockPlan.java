package app.toile.export.layout;

import app.toile.model.Block;
import java.util.List;

/**
 * One block of the canvas page, laid out.
 *
 * @param block which block
 * @param box its frame
 * @param titleLines its name, wrapped
 * @param titleSize font size of the name
 * @param questionLines the guiding question, wrapped; empty unless the block is empty
 * @param size font size of the cards (shrunk from the largest that fits), or of the question
 * @param cards the cards that fit, placed
 * @param overflow the cards that did not fit even at the smallest size, in order
 * @param mark where the "continued on page N" mark goes when there is overflow, else null
 */
public record BlockPlan(
    Block block,
    Box box,
    List<String> titleLines,
    float titleSize,
    List<String> questionLines,
    float size,
    List<PlacedCard> cards,
    List<Card> overflow,
    Box mark) {

  public BlockPlan {
    titleLines = List.copyOf(titleLines);
    questionLines = List.copyOf(questionLines);
    cards = List.copyOf(cards);
    overflow = List.copyOf(overflow);
  }

  /** Whether some cards continue on an overflow page. */
  public boolean overflows() {
    return !overflow.isEmpty();
  }
}
