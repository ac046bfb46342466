package app.toile.io;

import java.util.ArrayList;
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

  /**
   * Checks the id of an object just read and records it.
   *
   * @param what how the object is named in messages, such as {@code segment 2}
   * @param segment whether the object is a segment, which links may share (see {@link #links})
   */
  String claim(Fields object, String id, String what, boolean segment) {
    if (id == null) {
      throw new Misfit(object.at(), what + " has no \"id\"");
    }
    if (id.isBlank()) {
      throw new Misfit(object.at().appendProperty("id"),
          "the \"id\" of " + what + " must not be blank");
    }
    Claim earlier = claims.putIfAbsent(id, new Claim(id, object, segment));
    if (earlier != null) {
      throw new Misfit(object.at().appendProperty("id"),
          "duplicate id " + Quote.text(id) + ", already used", earlier.where().at().appendProperty("id"));
    }
    return id;
  }

  /**
   * Links as read, each one that names a segment claimed before it replaced by that segment's own
   * String: a canvas then holds each id once, and the validator, which looks every link up among
   * the segment ids, finds it by reference with its hash already known.
   */
  List<String> links(List<String> read) {
    List<String> links = new ArrayList<>(read.size());
    for (String link : read) {
      Claim claim = claims.get(link);
      links.add(claim != null && claim.segment() ? claim.id() : link);
    }
    return links;
  }
}
