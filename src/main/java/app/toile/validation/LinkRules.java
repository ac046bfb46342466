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

  private LinkRules() {}

  static void check(Canvas canvas, List<Finding> out) {
    Map<String, Boolean> activeById = new HashMap<>();
    for (CustomerSegment s : canvas.segments()) {
      // With a repeated id (a damaged file) the id counts as active if any of its segments is.
      activeById.merge(s.id(), s.isActive(), Boolean::logicalOr);
    }
    dangling(canvas, activeById.keySet(), out);
    servedByValuePropositions(canvas, out);
    if (canvas.strategy() == SegmentStrategy.MULTI_SIDED_PLATFORM) {
      sides(canvas, activeById, out);
    }
  }

  private static void dangling(Canvas canvas, Set<String> ids, List<Finding> out) {
    for (CustomerSegment s : canvas.segments()) {
      for (int i : danglingPositions(s.dependsOn(), ids)) {
        out.add(Finding.of(FindingCode.LINK_DANGLING,
            Target.segment(s.id(), "dependsOn[" + i + "]"), s.dependsOn().get(i)));
      }
    }
    for (Block block : Block.noteBlocks()) {
      for (Note n : canvas.notes(block)) {
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
    List<Integer> positions = new ArrayList<>(0);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < links.size(); i++) {
      if (seen.add(links.get(i)) && !ids.contains(links.get(i))) {
        positions.add(i);
      }
    }
    return positions;
  }

  private static void servedByValuePropositions(Canvas canvas, List<Finding> out) {
    Set<String> served = new HashSet<>();
    for (Note n : canvas.notes(Block.VALUE_PROPOSITIONS)) {
      served.addAll(n.segmentIds());
    }
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
