package app.toile.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids met so far in a file. Segments and notes share one id space, because a note's links and
 * a segment's dependencies name ids, and an id must say which one it means.
 */
final class IdClaims {
  private final Map<String, Claim> claims = new HashMap<>();

  private record Claim(String id, Fields where, boolean segment) {}

  /** The id of a segment, checked and recorded. */
  String segment(Fields segment) {
    return claim(segment, true);
  }

  /** The id of a note, checked and recorded. */
  String note(Fields note) {
    return claim(note, false);
  }

  private String claim(Fields object, boolean segment) {
    String id = object.text("id");
    if (id == null) {
      throw new Misfit(object.at(), what(object, segment) + " has no \"id\"");
    }
    if (id.isBlank()) {
      throw new Misfit(object.at().appendProperty("id"),
          "the \"id\" of " + what(object, segment) + " must not be blank");
    }
    Claim earlier = claims.putIfAbsent(id, new Claim(id, object, segment));
    if (earlier != null) {
      throw new Misfit(object.at().appendProperty("id"), "duplicate id " + Quote.text(id)
          + ", already used", earlier.where().at().appendProperty("id"));
    }
    return id;
  }

  /** How a message names an object, such as {@code note 2 of "channels"}: only for a message. */
  private static String what(Fields object, boolean segment) {
    return (segment ? "segment " : "note ") + (object.index() + 1)
        + (segment ? "" : " of \"" + object.name() + "\"");
  }

  /**
   * Links as read, each one that names a segment claimed before it replaced, in place, by that
   * segment's own String: a canvas then holds each id once, and the validator, which looks every
   * link up among the segment ids, finds it by reference with its hash already known.
   */
  List<String> links(List<String> read) {
    read.replaceAll(link -> {
      Claim claim = claims.get(link);
      return claim != null && claim.segment() ? claim.id() : link;
    });
    return read;
  }
}
