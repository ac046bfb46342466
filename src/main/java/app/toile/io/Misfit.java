package app.toile.io;

import tools.jackson.core.JsonPointer;

/**
 * A value of the tree that is not what the format expects, found while mapping the tree to the
 * model. It names the place by its JSON pointer; {@link Positions} turns it into the line and
 * column the user reads, which only a failing file needs.
 */
final class Misfit extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient JsonPointer at;
  private final transient JsonPointer earlier;

  /** A misfit at a place; its message is the reason the user reads. */
  Misfit(JsonPointer at, String reason) {
    this(at, reason, null);
  }

  /**
   * A misfit that also names where something came earlier in the file: the user reads the reason
   * followed by {@code on line N} of that earlier place.
   */
  Misfit(JsonPointer at, String reason, JsonPointer earlier) {
    super(reason, null, false, false);
    this.at = at;
    this.earlier = earlier;
  }

  JsonPointer at() {
    return at;
  }

  /** The earlier place the reason refers to, or null. */
  JsonPointer earlier() {
    return earlier;
  }
}
