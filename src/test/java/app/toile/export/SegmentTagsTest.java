package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTagsTest {

  private static CustomerSegment segment(String id, SegmentStatus status, String colour) {
    return CustomerSegment.named(id, id).withStatus(status).withColour(colour);
  }

  private static List<String> texts(List<SegmentTags.Tag> tags) {
    return tags.stream().map(t -> t.segment().id() + "=" + t.text()).toList();
  }

  @Test
  void activeSegmentsAreNumberedInRoadmapOrder() {
    Canvas c = Canvas.empty().withSegments(List.of(
        segment("lille", SegmentStatus.NEXT, null),
        segment("idea", SegmentStatus.CANDIDATE, null),
        segment("paris", SegmentStatus.FOCUS, null),
        segment("unset", null, null),
        segment("lyon", SegmentStatus.NEXT, null),
        segment("old", SegmentStatus.CONQUERED, null)));

    assertThat(texts(SegmentTags.of(c).all())).containsExactly(
        "old=S1", "paris=S2", "lille=S3", "lyon=S4", "idea=S5", "unset=S6");
  }

  @Test
  void droppedSegmentsComeLastWithTheirOwnPrefixAndNeverRenumberTheOthers() {
    List<CustomerSegment> kept = List.of(segment("paris", SegmentStatus.FOCUS, null),
        segment("lyon", SegmentStatus.NEXT, null));
    List<CustomerSegment> withDropped = new ArrayList<>(kept);
    withDropped.add(0, segment("france", SegmentStatus.DROPPED, null));
    withDropped.add(2, segment("belgium", SegmentStatus.DROPPED, null));

    SegmentTags tags = SegmentTags.of(Canvas.empty().withSegments(withDropped));

    assertThat(texts(tags.all())).containsExactly(
        "paris=S1", "lyon=S2", "france=X1", "belgium=X2");
    assertThat(texts(tags.active()))
        .isEqualTo(texts(SegmentTags.of(Canvas.empty().withSegments(kept)).all()));
    assertThat(tags.of("france").orElseThrow().active()).isFalse();
    assertThat(tags.of("paris").orElseThrow().active()).isTrue();
  }

  @Test
  void aSegmentKeepsItsOwnColourAndOneWithoutGetsThePalettesInTurn() {
    Canvas c = Canvas.empty().withSegments(List.of(
        segment("a", SegmentStatus.FOCUS, "#123456"),
        segment("b", SegmentStatus.NEXT, null),
        segment("c", SegmentStatus.NEXT, "not a colour")));

    SegmentTags tags = SegmentTags.of(c);

    assertThat(tags.of("a").orElseThrow().colour()).isEqualTo("#123456");
    assertThat(tags.of("b").orElseThrow().colour()).isEqualTo(SegmentPalette.colour(1));
    assertThat(tags.of("c").orElseThrow().colour()).isEqualTo(SegmentPalette.colour(2));
  }

  @Test
  void moreSegmentsThanColoursReuseThePaletteButNeverATag() {
    List<CustomerSegment> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(segment("s" + i, SegmentStatus.CANDIDATE, null));
    }

    List<SegmentTags.Tag> tags = SegmentTags.of(Canvas.empty().withSegments(many)).all();

    assertThat(new HashSet<>(tags.stream().map(SegmentTags.Tag::text).toList())).hasSize(25);
    assertThat(tags.get(SegmentPalette.COLOURS.size()).colour())
        .isEqualTo(SegmentPalette.COLOURS.get(0));
    assertThat(tags.subList(0, SegmentPalette.COLOURS.size()).stream()
        .map(SegmentTags.Tag::colour).distinct()).hasSize(SegmentPalette.COLOURS.size());
  }

  @Test
  void aLinkToAMissingSegmentHasNoTagAndADuplicateIdIsTaggedOnce() {
    Canvas c = Canvas.empty().withSegments(List.of(
        segment("twin", SegmentStatus.FOCUS, null), segment("twin", SegmentStatus.NEXT, null)));

    SegmentTags tags = SegmentTags.of(c);

    assertThat(tags.of("missing")).isEmpty();
    assertThat(tags.all()).hasSize(1);
    assertThat(tags.of("twin").orElseThrow().segment().status()).isEqualTo(SegmentStatus.FOCUS);
  }

  @Test
  void thePaletteHoldsDistinctValidColoursAndNoYellow() {
    assertThat(SegmentPalette.COLOURS).doesNotHaveDuplicates()
        .allMatch(SegmentPalette::isColour)
        .doesNotContain("#F0E442");
    assertThat(SegmentPalette.colour(-1)).isEqualTo(SegmentPalette.COLOURS.get(
        SegmentPalette.COLOURS.size() - 1));
  }
}
