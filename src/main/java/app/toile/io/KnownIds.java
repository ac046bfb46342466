package app.toile.io;

import java.util.function.Supplier;
import tools.jackson.core.TokenStreamLocation;

/**
 * The ids met so far in a file. Segments and notes share one id space, because a note's links and
 * a segment's dependencies name ids, and an id must say which one it means.
 *
 * <p>One open-addressing table holds every id with the line it was first met on and whether a
 * segment has it: a large canvas has ten thousand ids and twenty thousand links, each checked here
 * once, and a link is looked up by the parser's own characters, with no String made for it when it
 * names a segment read before it.
 */
final class KnownIds {
  /** A canvas file holds about one id in every few hundred bytes; this guess errs high. */
  private static final int BYTES_PER_ID = 128;
  private static final int SMALLEST = 64;

  private String[] keys;
  /** Each key's hash, so that a probe compares numbers, not Strings read from all over the heap. */
  private int[] hashes;
  private int[] lines;
  private boolean[] segments;
  private int mask;
  private int size;

  /**
   * @param fileBytes the size of the file: the table is made that large at once, not doubled and
   *     rehashed a dozen times as a large canvas's ten thousand ids come in
   */
  KnownIds(int fileBytes) {
    int wanted = Math.max(SMALLEST, fileBytes / BYTES_PER_ID);
    allocate(Integer.highestOneBit(wanted - 1) << 1);
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
    int hash = id.hashCode();
    int slot = slotOf(id, hash);
    if (keys[slot] != null) {
      throw in.error(idAt, "duplicate id " + Quote.text(id) + ", already used on line "
          + lines[slot]);
    }
    keys[slot] = id;
    hashes[slot] = hash;
    // Without positions (a pass whose errors are redone with them) every line is 0.
    lines[slot] = idAt == null ? 0 : idAt.getLineNr();
    if (++size * 2 > keys.length) {
      grow();
    }
    return id;
  }

  /** Records that the id just claimed is a segment's, for {@link #shared}. */
  void segment(String id) {
    segments[slotOf(id, id.hashCode())] = true;
  }

  /**
   * The very String of the segment a link names, when that segment was read before it (as in
   * every file Toile writes, segments come before notes), else null. A canvas then holds each id
   * once, and the validator, which looks up every link among the segment ids, compares a link
   * with its id by reference, with its hash already known.
   *
   * @param text the link's characters, as the parser holds them
   */
  String shared(char[] text, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + text[i];
    }
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && same(keys[slot], text, offset, length)) {
        return segments[slot] ? keys[slot] : null;
      }
    }
    return null;
  }

  private static boolean same(String key, char[] text, int offset, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** The slot that holds the id, or the empty one where it would go. */
  private int slotOf(String id, int hash) {
    int slot = spread(hash) & mask;
    while (keys[slot] != null && (hashes[slot] != hash || !keys[slot].equals(id))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Mixes the high bits in, as HashMap does: ids often differ only in their last characters. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void allocate(int capacity) {
    keys = new String[capacity];
    hashes = new int[capacity];
    lines = new int[capacity];
    segments = new boolean[capacity];
    mask = capacity - 1;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldLines = lines;
    boolean[] oldSegments = segments;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = slotOf(oldKeys[i], oldHashes[i]);
        keys[slot] = oldKeys[i];
        hashes[slot] = oldHashes[i];
        lines[slot] = oldLines[i];
        segments[slot] = oldSegments[i];
      }
    }
  }
}
