package app.toile.export.layout;

import java.util.List;

/**
 * What one block of the canvas shows, in the chosen language.
 *
 * @param title the block's name
 * @param question its guiding question, shown faint when the block is empty
 * @param cards its notes (or segment cards), in order
 */
public record BlockContent(String title, String question, List<Card> cards) {

  public BlockContent {
    cards = List.copyOf(cards);
  }
}
