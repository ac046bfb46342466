package app.toile.versions;

import static app.toile.versions.VersionCanvases.editSegment;
import static app.toile.versions.VersionCanvases.pain;
import static app.toile.versions.VersionCanvases.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.toile.io.CanvasFiles;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.model.SegmentStatus;
import app.toile.model.Snapshot;
import app.toile.validation.Finding;
import app.toile.validation.FindingCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void everySampleComparedWithItselfHasNoChange() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("samples"))) {
      walk.filter(p -> p.toString().endsWith(".toile.json")).forEach(p -> {
        Canvas c = CanvasFiles.load(p);
        assertThat(Comparison.of(c, CanvasFiles.load(p)).changes()).as(p.toString()).isEmpty();
      });
    }
  }

  @Test
  void aSegmentsScoresAttractivenessAndStatusReadBeforeAndAfterInFieldOrder() {
    Canvas before = paris();
    Canvas after = editSegment(before, "seg-lyon",
        s -> pain(s, 5).withStatus(SegmentStatus.FOCUS).withCustomerCount(40L));
    Comparison c = Comparison.of(before, after);
    assertThat(c.changes(Place.Part.SEGMENT))
        .extracting(ch -> ch.place().field(), Change::before, Change::after)
        .containsExactly(
            tuple("evaluation.painDepth", 4, 5),
            tuple("attractiveness", 3.6, 3.8),
            tuple("status", SegmentStatus.NEXT, SegmentStatus.FOCUS),
            tuple("customerCount", null, 40L));
    assertThat(c.changes(Place.Part.SEGMENT)).allSatisfy(ch -> {
      assertThat(ch.place().id()).isEqualTo("seg-lyon");
      assertThat(ch.place().block()).isEqualTo(Block.CUSTOMER_SEGMENTS);
      assertThat(ch.subject()).isEqualTo("Solo entrepreneurs in Lyon");
    });
    // Two focus segments: a finding appears, and it is one the editor can go to.
    assertThat(c.changes(Place.Part.FINDING)).extracting(Change::kind, ch -> code(ch.after()))
        .contains(tuple(Kind.ADDED, FindingCode.FOCUS_TOO_MANY));
  }

  @Test
  void notesAddedRemovedChangedAndMovedAreToldBlockByBlockInFillOrder() {
    Canvas before = paris();
    List<Note> vp = new ArrayList<>(before.notes(Block.VALUE_PROPOSITIONS));
    Note forecast = vp.remove(2);
    vp.set(0, vp.get(0).withText("Books and VAT returns done for you, every month"));
    vp.add(Note.of("note-new", "Invoices sent from your phone"));
    List<Note> channels = new ArrayList<>(before.notes(Block.CHANNELS));
    channels.add(0, forecast);
    channels.set(2, channels.get(2).withColour(NoteColour.PINK).withSegmentIds(List.of("seg-lyon")));
    List<Note> costs = new ArrayList<>(before.notes(Block.COST_STRUCTURE));
    costs.remove(1);
    Canvas after = before.withNotes(Block.VALUE_PROPOSITIONS, vp)
        .withNotes(Block.CHANNELS, channels).withNotes(Block.COST_STRUCTURE, costs);
    Comparison c = Comparison.of(before, after);
    assertThat(c.changes(Place.Part.NOTE))
        .extracting(Change::kind, ch -> ch.place().block(), ch -> ch.place().id(),
            ch -> ch.place().field())
        .containsExactly(
            tuple(Kind.CHANGED, Block.VALUE_PROPOSITIONS, "note-vp-1", "text"),
            tuple(Kind.ADDED, Block.VALUE_PROPOSITIONS, "note-new", null),
            tuple(Kind.MOVED, Block.CHANNELS, "note-vp-3", "block"),
            tuple(Kind.CHANGED, Block.CHANNELS, "note-ch-2", "colour"),
            tuple(Kind.CHANGED, Block.CHANNELS, "note-ch-2", "segmentIds"),
            tuple(Kind.REMOVED, Block.COST_STRUCTURE, "note-cs-2", null));
    Change moved = c.changes(Place.Part.NOTE).get(2);
    assertThat(moved.before()).isEqualTo(Block.VALUE_PROPOSITIONS);
    assertThat(moved.after()).isEqualTo(Block.CHANNELS);
    assertThat(moved.subject()).startsWith("Cash forecast");
  }

  @Test
  void notesOfACopyWithOtherIdsAreMatchedByTheirText() {
    Canvas before = paris();
    List<Note> renewed = new ArrayList<>();
    for (Note n : before.notes(Block.KEY_ACTIVITIES)) {
      renewed.add(new Note("copy-" + n.id(), n.text(), n.colour(), n.segmentIds(), n.extras()));
    }
    renewed.set(1, renewed.get(1).withText("Recruiting accountants, city by city"));
    renewed.set(2, renewed.get(2).withText("Lobbying the tax office"));
    Comparison c = Comparison.of(before, before.withNotes(Block.KEY_ACTIVITIES, renewed));
    assertThat(c.changes(Place.Part.NOTE))
        .extracting(Change::kind, ch -> ch.place().id(), ch -> ch.place().field())
        .containsExactly(
            tuple(Kind.CHANGED, "copy-note-ka-2", "text"),
            tuple(Kind.ADDED, "copy-note-ka-3", null),
            tuple(Kind.REMOVED, "note-ka-3", null));
  }

  @Test
  void movingOneSegmentToTheFrontMovesThatSegmentAlone() {
    Canvas before = paris();
    List<CustomerSegment> order = new ArrayList<>(before.segments());
    order.add(0, order.remove(2));
    order.remove(3);
    order.add(CustomerSegment.named("seg-bordeaux", "Solo entrepreneurs in Bordeaux"));
    Comparison c = Comparison.of(before, before.withSegments(order));
    assertThat(c.changes(Place.Part.SEGMENT))
        .extracting(Change::kind, ch -> ch.place().id(), Change::before, Change::after)
        .containsExactly(
            tuple(Kind.MOVED, "seg-lille", 3, 1),
            tuple(Kind.ADDED, "seg-bordeaux", null, "Solo entrepreneurs in Bordeaux"),
            tuple(Kind.REMOVED, "seg-france", "Every freelancer in France at once", null));
  }

  @Test
  void theHeaderAndStrategyComeFirstAndSnapshotsAreNotCompared() {
    Canvas before = paris();
    Canvas after = before.withHeader(before.header().withVersion("5"))
        .withStrategy(null)
        .withSnapshots(List.of(Snapshot.of("v1", Instant.EPOCH, before)));
    Comparison c = Comparison.of(before, after);
    assertThat(c.changes()).extracting(ch -> ch.place().part(), ch -> ch.place().field())
        .startsWith(tuple(Place.Part.CANVAS, "header.version"), tuple(Place.Part.CANVAS, "strategy"));
    assertThat(c.changes(Place.Part.FINDING)).extracting(ch -> code(ch.after()))
        .containsExactly(FindingCode.STRATEGY_UNSET);
    assertThat(Comparison.of(before, before.withSnapshots(after.snapshots())).isEmpty()).isTrue();
  }

  @Test
  void nextAndPreviousWalkTheChangesRoundAndRound() {
    Canvas before = paris();
    Comparison c = Comparison.of(before, editSegment(before, "seg-lyon", s -> pain(s, 1)));
    int n = c.changes().size();
    assertThat(n).isEqualTo(2);
    assertThat(c.next(-1)).isZero();
    assertThat(c.next(n - 1)).isZero();
    assertThat(c.previous(0)).isEqualTo(n - 1);
    assertThat(c.previous(1)).isZero();
    Comparison none = Comparison.of(before, before);
    assertThat(none.next(-1)).isEqualTo(-1);
    assertThat(none.previous(0)).isEqualTo(-1);
  }

  private static FindingCode code(Object finding) {
    return finding instanceof Finding f ? f.code() : null;
  }
}
