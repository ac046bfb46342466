package app.toile.export;

import app.toile.model.Block;
import org.kordamp.ikonli.feather.Feather;

/**
 * The icon of each block on the poster, from Ikonli's Feather set (the editor's icons): the
 * pictures founders know from the printed canvas, a link for partners, a gift for the value
 * proposition, a heart for relationships, and so on.
 */
final class BlockIcons {
  private BlockIcons() {}

  /** The icon's code point in the Feather font. */
  static int of(Block block) {
    return icon(block).getCode();
  }

  private static Feather icon(Block block) {
    return switch (block) {
      case KEY_PARTNERS -> Feather.LINK;
      case KEY_ACTIVITIES -> Feather.CHECK_CIRCLE;
      case KEY_RESOURCES -> Feather.PACKAGE;
      case VALUE_PROPOSITIONS -> Feather.GIFT;
      case CUSTOMER_RELATIONSHIPS -> Feather.HEART;
      case CHANNELS -> Feather.TRUCK;
      case CUSTOMER_SEGMENTS -> Feather.USERS;
      case COST_STRUCTURE -> Feather.TAG;
      case REVENUE_STREAMS -> Feather.CREDIT_CARD;
    };
  }
}
