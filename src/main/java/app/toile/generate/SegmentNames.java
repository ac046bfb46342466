package app.toile.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for generated segments: each one unlike the others, except for a fixed share of
 * deliberate look-alikes, so that a canvas of any size has the same small proportion of
 * duplicate names. One segment in {@value #LOOK_ALIKE_EVERY} repeats the name of the segment
 * before it in another case with a stray space ("busy freelancers in lyon " after "Busy
 * freelancers in Lyon"), as when a founder duplicates a segment and retypes its name; the
 * validator reports both as {@code SEGMENT_DUPLICATE_NAME}.
 */
final class SegmentNames {
  /** Every this many segments, the last one is a look-alike of the one before it. */
  static final int LOOK_ALIKE_EVERY = 50;
  /** Draws before a taken name is told apart by a number instead. */
  private static final int DRAWS = 20;

  private final Words words;
  private final Set<String> taken = new HashSet<>();

  SegmentNames(Words words) {
    this.words = words;
  }

  /**
   * The name of the segment at this index.
   *
   * @param previous the name of the segment before it, or null for the first
   */
  String next(int index, String previous) {
    if (previous != null && index % LOOK_ALIKE_EVERY == LOOK_ALIKE_EVERY - 1) {
      return previous.toLowerCase(Locale.ROOT) + " ";
    }
    String name = words.name();
    for (int i = 1; i < DRAWS && taken.contains(key(name)); i++) {
      name = words.name();
    }
    // The vocabulary gives some thirty thousand names; past that, a number tells them apart.
    String base = name;
    for (int n = 2; taken.contains(key(name)); n++) {
      name = base + " " + n;
    }
    taken.add(key(name));
    return name;
  }

  /** Names compared as the validator compares them, for the vocabulary's words: case aside. */
  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
