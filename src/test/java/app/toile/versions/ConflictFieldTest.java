package app.toile.versions;

import static app.toile.versions.VersionCanvases.editSegment;
import static app.toile.versions.VersionCanvases.paris;
import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.MergeConflict;
import app.toile.model.SegmentStatus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Taking theirs from a conflict the merge recorded, and the conflict's values in words. */
class ConflictFieldTest {
  private final Canvas base = paris();

  @Test
  void takingTheirsGivesASegmentFieldTheirValueAndTheWordsSayIt() {
    Canvas ours = editSegment(base, "seg-lyon", s -> s.withStatus(SegmentStatus.FOCUS));
    Canvas theirs = editSegment(base, "seg-lyon", s -> s.withStatus(SegmentStatus.DROPPED));
    Canvas merged = Merge.of(base, ours, theirs);
    MergeConflict c = merged.conflicts().get(0);

    Canvas taken = ConflictField.theirs(c).orElseThrow().apply(merged);

    assertThat(taken.segment("seg-lyon").orElseThrow().status()).isEqualTo(SegmentStatus.DROPPED);
    ConflictText words = new ConflictText(merged, Locale.ENGLISH);
    assertThat(words.subject(c)).isEqualTo("Segment 'Solo entrepreneurs in Lyon'");
    assertThat(words.field(c)).isEqualTo("Status");
    assertThat(List.of(words.value(c, c.base()), words.value(c, c.ours()),
        words.value(c, c.theirs()))).containsExactly("next", "focus", "dropped");
  }

  @Test
  void takingTheirsSetsANoteTextItsLinksAndItsBlock() {
    Canvas ours = base.withNote(note(base, "note-vp-1").withText("Books in five minutes")
        .withSegmentIds(List.of("seg-paris")));
    Canvas theirs = base.withNote(note(base, "note-vp-1").withText("Books and \"VAT\"\nweekly")
        .withSegmentIds(List.of("seg-lyon", "seg-lille")));
    theirs = moveFirst(theirs, Block.VALUE_PROPOSITIONS, Block.CHANNELS);
    ours = moveFirst(ours, Block.VALUE_PROPOSITIONS, Block.KEY_RESOURCES);
    Canvas merged = Merge.of(base, ours, theirs);
    assertThat(merged.conflicts()).extracting(MergeConflict::field)
        .containsExactlyInAnyOrder("text", "segmentIds", "block");

    Canvas taken = merged;
    for (MergeConflict c : merged.conflicts()) {
      taken = ConflictField.theirs(c).orElseThrow().apply(taken);
    }

    var place = taken.findNote("note-vp-1").orElseThrow();
    assertThat(place.block()).isEqualTo(Block.CHANNELS);
    assertThat(place.note().text()).isEqualTo("Books and \"VAT\"\nweekly");
    assertThat(place.note().segmentIds()).containsExactly("seg-lyon", "seg-lille");
  }

  @Test
  void takingTheirsSetsAFieldOfTheCanvasItself() {
    Canvas ours = base.withHeader(base.header().withTitle("Carnet, ours"));
    Canvas theirs = base.withHeader(base.header().withTitle("Carnet, theirs"));
    Canvas merged = Merge.of(base, ours, theirs);
    MergeConflict c = merged.conflicts().get(0);

    assertThat(ConflictField.theirs(c).orElseThrow().apply(merged).header().title())
        .isEqualTo("Carnet, theirs");
    assertThat(new ConflictText(merged, Locale.FRENCH).subject(c)).isEqualTo("La toile");
  }

  @Test
  void aConflictFromAFileThatNamesNoFieldOrAnUnfitValueIsRefused() {
    assertThat(ConflictField.theirs(conflict("evaluation.painDepth", "\"high\""))).isEmpty();
    assertThat(ConflictField.theirs(conflict("evaluation.painDepth", "4.5"))).isEmpty();
    assertThat(ConflictField.theirs(conflict("status", "\"LOST\""))).isEmpty();
    assertThat(ConflictField.theirs(conflict("nosuch.field", "1"))).isEmpty();
    assertThat(ConflictField.theirs(conflict("id", "\"seg-x\""))).isEmpty();
    assertThat(ConflictField.theirs(new MergeConflict(null, null, "segments", null, null, null,
        "[\"x\"]", null))).isEmpty();
    assertThat(ConflictField.theirs(conflict("evaluation.painDepth", "3 4"))).isEmpty();
    assertThat(new ConflictText(base, Locale.ENGLISH)
        .value(conflict("evaluation.painDepth", "\"high\""), "\"high\"")).isEqualTo("\"high\"");
  }

  @Test
  void anUnsetValueOfTheirsUnsetsTheField() {
    Canvas taken = ConflictField.theirs(conflict("evaluation.painDepth", null)).orElseThrow()
        .apply(base);
    assertThat(taken.segment("seg-lyon").orElseThrow().evaluation().painDepth()).isNull();
  }

  private static MergeConflict conflict(String field, String theirs) {
    return new MergeConflict("seg-lyon", null, field, "Lyon", "4", "5", theirs, null);
  }

  private static app.toile.model.Note note(Canvas canvas, String id) {
    return canvas.findNote(id).orElseThrow().note();
  }

  private static Canvas moveFirst(Canvas canvas, Block from, Block to) {
    var note = canvas.notes(from).get(0);
    var rest = canvas.notes(from).subList(1, canvas.notes(from).size());
    var target = new java.util.ArrayList<>(canvas.notes(to));
    target.add(note);
    return canvas.withNotes(from, rest).withNotes(to, target);
  }
}
