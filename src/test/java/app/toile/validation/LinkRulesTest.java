package app.toile.validation;

import static app.toile.validation.Canvases.clean;
import static app.toile.validation.Canvases.count;
import static app.toile.validation.Canvases.findings;
import static app.toile.validation.Canvases.withSegment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links: dangling ones, value propositions serving segments, sides of a platform. */
class LinkRulesTest {

  private static Canvas withNotes(Canvas c, Block block, Note... notes) {
    return c.withNotes(block, List.of(notes));
  }

  @Test
  void eachDanglingLinkOfASegmentIsOneFindingOnItsPosition() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withDependsOn(List.of("paris", "gone", "lost")));
    assertThat(findings(c, FindingCode.LINK_DANGLING))
        .extracting(Finding::target, Finding::arguments)
        .containsExactly(
            tuple(Target.segment("lyon", "dependsOn[1]"), List.of("gone")),
            tuple(Target.segment("lyon", "dependsOn[2]"), List.of("lost")));
  }

  @Test
  void aRepeatedDanglingLinkCountsOnce() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withDependsOn(List.of("gone", "gone")));
    assertThat(count(c, FindingCode.LINK_DANGLING)).isEqualTo(1);
    Note n = new Note("ch-1", "Meetups", null, List.of("gone", "paris", "gone"), null);
    assertThat(findings(withNotes(clean(), Block.CHANNELS, n), FindingCode.LINK_DANGLING))
        .singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(Target.note("ch-1", "segmentIds[0]")));
  }

  @Test
  void danglingLinksOnNotesOfEveryBlockAreReported() {
    Canvas c = clean();
    for (Block b : Block.noteBlocks()) {
      List<Note> list = new java.util.ArrayList<>(c.notes(b));
      list.add(new Note(b.key() + "-x", "x", null, List.of("nobody"), null));
      c = c.withNotes(b, list);
    }
    assertThat(count(c, FindingCode.LINK_DANGLING)).isEqualTo(8);
  }

  @Test
  void linksToDroppedSegmentsOrToItselfAreNotDangling() {
    Canvas c = withSegment(clean(), "lyon", s -> s.withStatus(SegmentStatus.DROPPED));
    c = withSegment(c, "paris", s -> s.withDependsOn(List.of("lyon", "paris")));
    assertThat(count(c, FindingCode.LINK_DANGLING)).isZero();
  }

  @Test
  void aSegmentNoValuePropositionServesIsReported() {
    Canvas c = withNotes(clean(), Block.VALUE_PROPOSITIONS,
        new Note("vp-1", "Clients in a week", null, List.of("paris"), null));
    assertThat(findings(c, FindingCode.SEGMENT_NO_VALUE_PROPOSITION)).singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo(Target.segment("lyon")));
  }

  @Test
  void notesOfOtherBlocksDoNotServeAsValuePropositions() {
    Note channel = new Note("ch-1", "Meetups", null, List.of("paris", "lyon"), null);
    Canvas c = withNotes(withNotes(clean(), Block.VALUE_PROPOSITIONS), Block.CHANNELS, channel);
    assertThat(count(c, FindingCode.SEGMENT_NO_VALUE_PROPOSITION)).isEqualTo(2);
  }

  @Test
  void droppedSegmentsNeedNoValueProposition() {
    Canvas c = withSegment(withNotes(clean(), Block.VALUE_PROPOSITIONS), "lyon",
        s -> s.withStatus(SegmentStatus.DROPPED));
    assertThat(findings(c, FindingCode.SEGMENT_NO_VALUE_PROPOSITION)).singleElement()
        .satisfies(f -> assertThat(f.target().id()).isEqualTo("paris"));
  }

  private static Canvas platform() {
    return clean().withStrategy(SegmentStrategy.MULTI_SIDED_PLATFORM);
  }

  @Test
  void aLinkRecordedOnOneSideCountsForBoth() {
    Canvas c = withSegment(platform(), "lyon", s -> s.withDependsOn(List.of("paris")));
    assertThat(count(c, FindingCode.STRATEGY_SIDES_UNLINKED)).isZero();
  }

  @Test
  void unlinkedSidesAreEachReported() {
    assertThat(findings(platform(), FindingCode.STRATEGY_SIDES_UNLINKED))
        .extracting(Finding::target)
        .containsExactly(Target.segment("paris", "dependsOn"), Target.segment("lyon", "dependsOn"));
  }

  @Test
  void selfLinksDanglingLinksAndLinksToDroppedSegmentsDoNotLink() {
    Canvas self = withSegment(platform(), "lyon", s -> s.withDependsOn(List.of("lyon", "gone")));
    assertThat(count(self, FindingCode.STRATEGY_SIDES_UNLINKED)).isEqualTo(2);
    Canvas dropped = Canvases.plus(platform(), Canvases.segment("lille", "Lille", "Lille")
        .withStatus(SegmentStatus.DROPPED).withDependsOn(List.of("paris")));
    dropped = withSegment(dropped, "lyon", s -> s.withDependsOn(List.of("lille")));
    assertThat(findings(dropped, FindingCode.STRATEGY_SIDES_UNLINKED))
        .extracting(f -> f.target().id()).containsExactly("paris", "lyon");
  }

  @Test
  void sidesOnlyMatterOnAPlatform() {
    assertThat(count(clean(), FindingCode.STRATEGY_SIDES_UNLINKED)).isZero();
  }
}
