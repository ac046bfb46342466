package app.toile.model;

import java.util.List;

/**
 * The nine blocks of a business model canvas, declared in fill order: customer segments first.
 * Each knows its place in the canonical landscape layout, in fractions of the canvas area.
 */
public enum Block {
  CUSTOMER_SEGMENTS("customerSegments", 0.8, 0.0, 0.2, 0.75),
  VALUE_PROPOSITIONS("valuePropositions", 0.4, 0.0, 0.2, 0.75),
  CHANNELS("channels", 0.6, 0.375, 0.2, 0.375),
  CUSTOMER_RELATIONSHIPS("customerRelationships", 0.6, 0.0, 0.2, 0.375),
  REVENUE_STREAMS("revenueStreams", 0.5, 0.75, 0.5, 0.25),
  KEY_RESOURCES("keyResources", 0.2, 0.375, 0.2, 0.375),
  KEY_ACTIVITIES("keyActivities", 0.2, 0.0, 0.2, 0.375),
  KEY_PARTNERS("keyPartners", 0.0, 0.0, 0.2, 0.75),
  COST_STRUCTURE("costStructure", 0.0, 0.75, 0.5, 0.25);

  private final String key;
  private final Area area;

  Block(String key, double x, double y, double width, double height) {
    this.key = key;
    this.area = new Area(x, y, width, height);
  }

  /** Stable camelCase key, used in files and message keys. */
  public String key() {
    return key;
  }

  /** Where the block sits in the canonical layout, as fractions of the canvas area. */
  public Area area() {
    return area;
  }

  /** Whether the block holds sticky notes (every block but customer segments). */
  public boolean holdsNotes() {
    return this != CUSTOMER_SEGMENTS;
  }

  /** The eight note blocks, in fill order. */
  public static List<Block> noteBlocks() {
    return List.of(values()).subList(1, values().length);
  }

  /** Finds a block by its key, or returns null. */
  public static Block fromKey(String key) {
    for (Block b : values()) {
      if (b.key.equals(key)) {
        return b;
      }
    }
    return null;
  }

  /**
   * A rectangle in fractions of the canvas area (0..1 on both axes, origin top left).
   *
   * @param x left edge
   * @param y top edge
   * @param width width
   * @param height height
   */
  public record Area(double x, double y, double width, double height) {}
}
