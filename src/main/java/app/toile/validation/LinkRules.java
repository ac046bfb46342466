package app.toile.validation;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.SegmentStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules about links: a segment's {@code dependsOn} and a note's {@code segmentIds}.
 * {@code LINK_DANGLING} once per link to an id no segment has (a repeated link counts once);
 * {@code SEGMENT_NO_VALUE_PROPOSITION} for an active segment no value proposition note links to;
 * {@code STRATEGY_SIDES_UNLINKED} for an active segment of a multi-sided platform with no link, in
 * either direction, to another active segment. Links from a segment to itself are ignored.
 */
final class LinkRules {
  /** Message key variant for a dangling link on a note (the message names the note's block). */
  static final String NOTE_VARIANT = ".note";

  /** Up to this many links, looking back for a repeat costs less than hashing them. */
  private static final int SHORT_LIST = 8;

  private LinkRules() {}

  static void check(Canvas canvas, List<Finding> out) {
    Map<String, Boolean> activeById = new HashMap<>(canvas.segments().size() * 4 / 3 + 1);
    for (CustomerSegment s : canvas.segments()) {
      // With a repeated id (a damaged file) the id counts as active if any of its segments is.
      activeById.merge(s.id(), s.isActive(), Boolean::logicalOr);
    }
    Set<String> served = new HashSet<>();
    dangling(canvas, activeById.keySet(), served, out);
    notServed(canvas, served, out);
    if (canvas.strategy() == SegmentStrategy.MULTI_SIDED_PLATFORM) {
      sides(canvas, activeById, out);
    }
  }

  /**
   * LINK_DANGLING on segments and notes. The walk over every note also gathers the segments that
   * value proposition notes serve: a large canvas's notes are walked once.
   */
  private static void dangling(Canvas canvas, Set<String> ids, Set<String> served,
      List<Finding> out) {
    for (CustomerSegment s : canvas.segments()) {
      for (int i : danglingPositions(s.dependsOn(), ids)) {
        out.add(Finding.of(FindingCode.LINK_DANGLING,
            Target.segment(s.id(), "dependsOn[" + i + "]"), s.dependsOn().get(i)));
      }
    }
    for (Block block : Block.noteBlocks()) {
      boolean valueProposition = block == Block.VALUE_PROPOSITIONS;
      for (Note n : canvas.notes(block)) {
        if (valueProposition) {
          served.addAll(n.segmentIds());
        }
        for (int i : danglingPositions(n.segmentIds(), ids)) {
          out.add(Finding.of(FindingCode.LINK_DANGLING,
                  Target.note(n.id(), "segmentIds[" + i + "]"), n.segmentIds().get(i), block)
              .withMessageKey(FindingCode.LINK_DANGLING.messageKey() + NOTE_VARIANT));
        }
      }
    }
  }

  /** Positions of the links to unknown ids, each id at its first position only. */
  private static List<Integer> danglingPositions(List<String> links, Set<String> ids) {
    List<Integer> positions = List.of();
    // Asked of every note: a list of one to three links, usually all known, so nothing is
    // allocated until a link dangles, and in a short list a repeat is found by looking back.
    Set<String> seen = links.size() > SHORT_LIST ? new HashSet<>() : null;
    for (int i = 0; i < links.size(); i++) {
      String link = links.get(i);
      boolean known = ids.contains(link);
      boolean first = seen != null ? seen.add(link) : known || links.indexOf(link) == i;
      if (first && !known) {
        if (positions.isEmpty()) {
          positions = new ArrayList<>(1);
        }
        positions.add(i);
      }
    }
    return positions;
  }

  /** SEGMENT_NO_VALUE_PROPOSITION for each active segment no value proposition note serves. */
  private static void notServed(Canvas canvas, Set<String> served, List<Finding> out) {
    for (CustomerSegment s : canvas.segments()) {
      if (s.isActive() && !served.contains(s.id())) {
        out.add(Finding.of(FindingCode.SEGMENT_NO_VALUE_PROPOSITION, Target.segment(s.id())));
      }
    }
  }

  private static void sides(Canvas canvas, Map<String, Boolean> activeById, List<Finding> out) {
    Set<String> linked = new HashSet<>();
    for (CustomerSegment s : canvas.segments()) {
      if (!s.isActive()) {
        continue;
      }
      for (String other : s.dependsOn()) {
        if (!other.equals(s.id()) && Boolean.TRUE.equals(activeById.get(other))) {
          linked.add(s.id());
          linked.add(other);
        }
      }
    }
    for (CustomerSegment s : canvas.segments()) {
      if (s.isActive() && !linked.contains(s.id())) {
        out.add(Finding.of(FindingCode.STRATEGY_SIDES_UNLINKED,
            Target.segment(s.id(), "dependsOn")));
      }
    }
  }
}
