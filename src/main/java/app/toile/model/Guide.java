package app.toile.model;

/**
 * Where the guided flow stood when the canvas was saved. It is navigation, not part of the business
 * model: the editor keeps it beside the canvas and the file records it beside the canvas only while
 * the guide is on, so that opening the file resumes the guide at the same block.
 *
 * @param block the block the guide is on; null (a block this Toile does not know) means the first
 * @param extras fields from a newer Toile, kept as they were
 */
public record Guide(Block block, Extras extras) {

  /** The guide at its first block, customer segments. */
  public static final Guide START = new Guide(Block.CUSTOMER_SEGMENTS, Extras.NONE);

  public Guide {
    extras = extras == null ? Extras.NONE : extras;
  }

  /** The guide on a block. */
  public static Guide at(Block block) {
    return new Guide(block, Extras.NONE);
  }

  /** The block to resume at: the recorded one, or the first when none is known. */
  public Block resumeAt() {
    return block == null ? Block.CUSTOMER_SEGMENTS : block;
  }
}
