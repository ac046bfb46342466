package app.toile.export;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A short tag and a colour for each customer segment, so that a link to a segment reads without
 * colour: every chip and legend of an export shows the tag, in the segment's colour.
 *
 * <p>Active segments are tagged S1, S2… in roadmap order: the conquered ones, then the focus, then
 * the next ones, then the candidates (and segments with no status), each group in the canvas's
 * order, which is the expansion order. Dropped segments are tagged apart, X1, X2… in the canvas's
 * order, after every active one: dropping a segment never renumbers another, and a document that
 * leaves dropped segments out numbers the others exactly as one that keeps them.
 *
 * <p>A segment keeps its own colour when it has a valid one; otherwise it gets the {@linkplain
 * SegmentPalette palette}'s colour at its place among the tags. When two segments share an id, the
 * first one (the one links reach) is tagged.
 */
public final class SegmentTags {
  /** Prefix of active segments' tags. */
  public static final String ACTIVE = "S";
  /** Prefix of dropped segments' tags. */
  public static final String DROPPED = "X";

  /**
   * One segment's tag.
   *
   * @param segment the segment
   * @param text its tag, such as {@code S1} or {@code X2}
   * @param colour its chip colour, {@code #RRGGBB}
   */
  public record Tag(CustomerSegment segment, String text, String colour) {
    /** Whether the segment is active (not dropped). */
    public boolean active() {
      return text.startsWith(ACTIVE);
    }
  }

  private static final List<SegmentStatus> ROADMAP =
      List.of(SegmentStatus.CONQUERED, SegmentStatus.FOCUS, SegmentStatus.NEXT);

  private final List<Tag> tags;
  private final Map<String, Tag> byId;

  private SegmentTags(List<Tag> tags) {
    this.tags = Collections.unmodifiableList(tags);
    this.byId = new HashMap<>();
    for (Tag t : tags) {
      byId.putIfAbsent(t.segment().id(), t);
    }
  }

  /** The tags of a canvas's segments. */
  public static SegmentTags of(Canvas canvas) {
    List<CustomerSegment> active = new ArrayList<>();
    for (SegmentStatus status : ROADMAP) {
      for (CustomerSegment s : canvas.segments()) {
        if (s.status() == status) {
          active.add(s);
        }
      }
    }
    List<CustomerSegment> dropped = new ArrayList<>();
    for (CustomerSegment s : canvas.segments()) {
      if (s.status() == SegmentStatus.DROPPED) {
        dropped.add(s);
      } else if (s.status() == null || !ROADMAP.contains(s.status())) {
        active.add(s);
      }
    }
    List<Tag> tags = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    addTags(tags, active, ACTIVE, seen);
    addTags(tags, dropped, DROPPED, seen);
    return new SegmentTags(tags);
  }

  private static void addTags(List<Tag> tags, List<CustomerSegment> segments, String prefix,
      Set<String> seen) {
    int n = 0;
    for (CustomerSegment s : segments) {
      // A second segment with an id already tagged is out of every link's reach: no tag.
      if (s.id() != null && !seen.add(s.id())) {
        continue;
      }
      String colour = SegmentPalette.isColour(s.colour()) ? s.colour()
          : SegmentPalette.colour(tags.size());
      tags.add(new Tag(s, prefix + ++n, colour));
    }
  }

  /** Every tag: the active segments in roadmap order, then the dropped ones. */
  public List<Tag> all() {
    return tags;
  }

  /** The active segments' tags, in roadmap order. */
  public List<Tag> active() {
    return tags.stream().filter(Tag::active).toList();
  }

  /** The tag of the segment with this id; empty for an id no segment has. */
  public Optional<Tag> of(String segmentId) {
    return Optional.ofNullable(byId.get(segmentId));
  }
}
