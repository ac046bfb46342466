package app.toile.export;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The segments of an export in the order their pages (and slides) come, each with its tag and
 * colour: the order of the tags, which is the roadmap's (conquered, focus, next, candidates), then
 * the dropped ones. Page "1 of 3" is then S1 wherever it is read, in the PDF and in the deck.
 */
final class TaggedSegments {
  private final List<CustomerSegment> ordered;
  private final Map<CustomerSegment, SegmentTags.Tag> tags = new IdentityHashMap<>();

  TaggedSegments(Canvas canvas) {
    List<CustomerSegment> order = new ArrayList<>();
    for (SegmentTags.Tag t : SegmentTags.of(canvas).all()) {
      order.add(t.segment());
      tags.put(t.segment(), t);
    }
    // A segment that shares its id with an earlier one has no tag, but keeps its page.
    for (CustomerSegment s : canvas.segments()) {
      if (!tags.containsKey(s)) {
        order.add(s);
      }
    }
    this.ordered = Collections.unmodifiableList(order);
  }

  /** Every segment, in the order of their pages. */
  List<CustomerSegment> ordered() {
    return ordered;
  }

  /** A segment's tag ({@code S1}); empty when it has none. */
  String tag(CustomerSegment s) {
    SegmentTags.Tag t = tags.get(s);
    return t == null ? "" : t.text();
  }

  /** A segment's chip colour, {@code #RRGGBB}. */
  String colour(CustomerSegment s) {
    SegmentTags.Tag t = tags.get(s);
    return t == null ? Colours.chip(s.colour()) : t.colour();
  }

  /** A title with the segment's tag before it: "S1 · Solo entrepreneurs in Paris". */
  String titled(CustomerSegment s, String name) {
    String tag = tag(s);
    return tag.isEmpty() ? name : tag + " · " + name;
  }
}
