package app.toile.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.TokenStreamLocation;

/**
 * The ids met so far in a file. Segments and notes share one id space, because a note's links and
 * a segment's dependencies name ids, and an id must say which one it means.
 */
final class KnownIds {
  /** A canvas file holds about one id in every few hundred bytes; this guess errs high. */
  private static final int BYTES_PER_ID = 128;

  private final Map<String, Integer> firstLines;
  /** Each segment id read so far, to itself: links then share the segment's own String. */
  private final Map<String, String> segments = new HashMap<>();

  /**
   * @param fileBytes the size of the file: the table of ids is made that large at once, not
   *     doubled and rehashed a dozen times as a large canvas's ten thousand ids come in
   */
  KnownIds(int fileBytes) {
    firstLines = new HashMap<>(fileBytes / BYTES_PER_ID * 4 / 3 + 16);
  }

  /**
   * Checks the id of an object just read and records it.
   *
   * @param id the id, or null when the object had none
   * @param idAt where the id's value stands, or null when it has none or the pass keeps no
   *     positions
   * @param objectAt where the object starts, or null when the pass keeps no positions
   * @param what how the object is named in messages, such as {@code segment 2}; spelled out only
   *     for a message
   * @return the id
   */
  String claim(JsonInput in, String id, TokenStreamLocation idAt, TokenStreamLocation objectAt,
      Supplier<String> what) {
    if (id == null) {
      throw in.error(objectAt, what.get() + " has no \"id\"");
    }
    if (id.isBlank()) {
      throw in.error(idAt, "the \"id\" of " + what.get() + " must not be blank");
    }
    // Without positions (a pass whose errors are redone with them) every line is 0.
    Integer first = firstLines.putIfAbsent(id, idAt == null ? 0 : idAt.getLineNr());
    if (first != null) {
      throw in.error(idAt, "duplicate id " + Quote.text(id) + ", already used on line " + first);
    }
    return id;
  }

  /** Records the id of a segment just read and claimed, for {@link #shared}. */
  void segment(String id) {
    segments.putIfAbsent(id, id);
  }

  /**
   * The link itself, or the very String of the segment it names when that segment was read
   * before it (as in every file Toile writes, segments come before notes). A canvas then holds
   * each id once, and the validator, which looks up every link among the segment ids, compares
   * a link with its id by reference, with its hash already known.
   */
  String shared(String link) {
    String id = segments.get(link);
    return id != null ? id : link;
  }
}
