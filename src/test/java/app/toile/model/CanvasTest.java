package app.toile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasTest {

  @Test
  void anEmptyCanvasHasEveryNoteBlockAndNoSegment() {
    Canvas c = Canvas.empty();
    assertThat(c.segments()).isEmpty();
    assertThat(c.notes().keySet()).containsExactlyElementsOf(Block.noteBlocks());
    assertThat(c.noteCount()).isZero();
  }

  @Test
  void customerSegmentsComeFirstAndHoldNoNotes() {
    assertThat(Block.values()[0]).isEqualTo(Block.CUSTOMER_SEGMENTS);
    assertThat(Block.noteBlocks()).hasSize(8).doesNotContain(Block.CUSTOMER_SEGMENTS);
    assertThatThrownBy(() -> Canvas.empty().withNotes(Block.CUSTOMER_SEGMENTS, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void editsMakeNewCanvasesAndLeaveTheOldOneAlone() {
    Canvas c = Canvas.empty().withSegments(List.of(CustomerSegment.named("seg-a", "Paris")));
    Canvas renamed = c.withSegment(c.segments().get(0).withName("Lyon"));
    assertThat(c.segment("seg-a")).get().extracting(CustomerSegment::name).isEqualTo("Paris");
    assertThat(renamed.segment("seg-a")).get().extracting(CustomerSegment::name).isEqualTo("Lyon");
  }

  @Test
  void notesAreFoundAndReplacedWhereTheyStand() {
    Canvas c = Canvas.empty()
        .withNotes(Block.CHANNELS, List.of(Note.of("note-1", "Web"), Note.of("note-2", "Shop")));
    Canvas.NotePlace place = c.findNote("note-2").orElseThrow();
    assertThat(place.block()).isEqualTo(Block.CHANNELS);
    assertThat(place.index()).isEqualTo(1);
    Canvas edited = c.withNote(place.note().withText("Pop-up shop"));
    assertThat(edited.notes(Block.CHANNELS)).extracting(Note::text).containsExactly("Web", "Pop-up shop");
  }

  @Test
  void theCanonicalLayoutTilesTheWholeArea() {
    double area = 0;
    for (Block b : Block.values()) {
      area += b.area().width() * b.area().height();
    }
    assertThat(area).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void listsAreCopiedSoTheCanvasCannotChangeUnderneath() {
    java.util.ArrayList<String> links = new java.util.ArrayList<>(List.of("seg-a"));
    Note n = new Note("note-1", "x", null, links, null);
    links.add("seg-b");
    assertThat(n.segmentIds()).containsExactly("seg-a");
    assertThat(n.colourOrDefault()).isEqualTo(NoteColour.YELLOW);
  }
}
