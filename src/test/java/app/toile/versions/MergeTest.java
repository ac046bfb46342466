package app.toile.versions;

import static app.toile.versions.VersionCanvases.editSegment;
import static app.toile.versions.VersionCanvases.pain;
import static app.toile.versions.VersionCanvases.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.MergeConflict;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import app.toile.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MergeTest {
  private final Canvas base = paris();

  @Test
  void editsOfDifferentFieldsOfOneSegmentMergeCleanly() {
    Canvas ours = editSegment(base, "seg-lyon", s -> pain(s, 5));
    Canvas theirs = editSegment(base, "seg-lyon", s -> s.withStatus(SegmentStatus.FOCUS));
    Canvas merged = Merge.of(base, ours, theirs);
    assertThat(merged.conflicts()).isEmpty();
    CustomerSegment lyon = merged.segment("seg-lyon").orElseThrow();
    assertThat(lyon.evaluation().painDepth()).isEqualTo(5);
    assertThat(lyon.status()).isEqualTo(SegmentStatus.FOCUS);
  }

  @Test
  void twoDifferentEditsOfOneFieldKeepOursAndRecordBaseOursAndTheirs() {
    Canvas ours = editSegment(base, "seg-lyon", s -> pain(s, 5));
    Canvas theirs = editSegment(base, "seg-lyon", s -> pain(s, 2));
    Canvas merged = Merge.of(base, ours, theirs);
    assertThat(merged.segment("seg-lyon").orElseThrow().evaluation().painDepth()).isEqualTo(5);
    assertThat(merged.conflicts()).containsExactly(new MergeConflict("seg-lyon", null,
        "evaluation.painDepth", "Solo entrepreneurs in Lyon", "4", "5", "2", null));
    assertThat(new ConflictText(merged, Locale.ENGLISH).line(merged.conflicts().get(0)))
        .isEqualTo("segment 'Solo entrepreneurs in Lyon': pain depth: base 4, ours 5, theirs 2");
    assertThat(Merge.of(base, ours, ours)).isEqualTo(ours);
  }

  @Test
  void anEditAgainstADeletionKeepsOursEitherWayAndSaysSo() {
    Canvas edited = editSegment(base, "seg-lille", s -> pain(s, 1));
    Canvas deleted = base.withSegments(base.segments().stream()
        .filter(s -> !s.id().equals("seg-lille")).toList());
    Canvas keptEdit = Merge.of(base, edited, deleted);
    assertThat(keptEdit.segment("seg-lille")).isPresent();
    assertThat(keptEdit.conflicts()).extracting(MergeConflict::segmentId, MergeConflict::field,
        MergeConflict::ours, MergeConflict::theirs)
        .containsExactly(tuple("seg-lille", null, "\"Solo entrepreneurs in Lille\"", null));
    assertThat(new ConflictText(keptEdit, Locale.ENGLISH).line(keptEdit.conflicts().get(0)))
        .endsWith("edited in ours, deleted in theirs: ours kept");
    Canvas keptDeletion = Merge.of(base, deleted, edited);
    assertThat(keptDeletion.segment("seg-lille")).isEmpty();
    assertThat(keptDeletion.conflicts()).hasSize(1);
    assertThat(Merge.of(base, base, deleted)).isEqualTo(deleted);
    assertThat(Merge.of(base, deleted, base)).isEqualTo(deleted);
  }

  @Test
  void aNoteMovedOnOneSideAndRewordedOnTheOtherIsBoth() {
    Canvas.NotePlace forecast = base.findNote("note-vp-3").orElseThrow();
    List<Note> vp = new ArrayList<>(base.notes(Block.VALUE_PROPOSITIONS));
    vp.remove(forecast.index());
    List<Note> channels = new ArrayList<>(base.notes(Block.CHANNELS));
    channels.add(0, forecast.note());
    Canvas moved = base.withNotes(Block.VALUE_PROPOSITIONS, vp).withNotes(Block.CHANNELS, channels);
    Canvas reworded = base.withNote(forecast.note().withText("Cash forecast, 90 days"));
    Canvas merged = Merge.of(base, reworded, moved);
    assertThat(merged.conflicts()).isEmpty();
    assertThat(merged.notes(Block.CHANNELS).get(0).text()).isEqualTo("Cash forecast, 90 days");
    assertThat(merged.notes(Block.VALUE_PROPOSITIONS)).extracting(Note::id)
        .doesNotContain("note-vp-3");
  }

  @Test
  void theOrderOneSideChoseAndTheSegmentsTheOtherAddedAreBothKept() {
    List<CustomerSegment> reordered = new ArrayList<>(base.segments());
    reordered.add(0, reordered.remove(2));
    Canvas ours = base.withSegments(reordered);
    List<CustomerSegment> added = new ArrayList<>(base.segments());
    added.add(2, CustomerSegment.named("seg-nantes", "Solo entrepreneurs in Nantes"));
    Canvas theirs = base.withSegments(added);
    assertThat(Merge.of(base, ours, theirs).segments()).extracting(CustomerSegment::id)
        .containsExactly("seg-lille", "seg-paris", "seg-lyon", "seg-nantes", "seg-france");
    assertThat(Merge.of(base, theirs, ours).segments()).extracting(CustomerSegment::id)
        .containsExactly("seg-lille", "seg-paris", "seg-lyon", "seg-nantes", "seg-france");
  }

  @Test
  void versionsSavedOnBothSidesAreAllKeptAndASharedNameIsNumbered() {
    Canvas ours = base.withSnapshots(List.of(Snapshot.of("v2", Instant.EPOCH, base)));
    Canvas theirs = base.withSnapshots(List.of(Snapshot.of("v2", Instant.ofEpochSecond(60),
        editSegment(base, "seg-lyon", s -> pain(s, 1)))));
    assertThat(Merge.of(base, ours, theirs).snapshots()).extracting(Snapshot::name)
        .containsExactly("v2", "v2 (2)");
  }
}
