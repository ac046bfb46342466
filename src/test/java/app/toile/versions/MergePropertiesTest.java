package app.toile.versions;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasArbitraries;
import app.toile.io.CanvasFiles;
import app.toile.io.CanvasSchema;
import app.toile.model.Canvas;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The comparison and the merge on canvases of every shape. */
class MergePropertiesTest {
  @Provide
  Arbitrary<Canvas> canvases() {
    return CanvasArbitraries.canvases();
  }

  @Property(tries = 100)
  void aCanvasComparedWithItselfHasNoChange(@ForAll("canvases") Canvas canvas) {
    assertThat(Comparison.of(canvas, canvas).changes()).isEmpty();
  }

  @Property(tries = 100)
  void aCanvasComparedWithAnEditedOneHasChangesAndEachSaysWhere(@ForAll("canvases") Canvas base,
      @ForAll long seed) {
    Canvas edited = Edits.of(base, seed, false).both();
    Comparison c = Comparison.of(base, edited);
    assertThat(c.isEmpty()).isEqualTo(base.equals(edited));
    assertThat(c.changes()).allSatisfy(ch -> assertThat(ch.place().part()).isNotNull());
  }

  @Property(tries = 100)
  void withNoChangeOnOneSideTheMergeIsTheOtherSide(@ForAll("canvases") Canvas base,
      @ForAll long seed) {
    Canvas edited = Edits.of(base, seed, false).both();
    assertThat(Merge.of(base, base, edited)).isEqualTo(edited);
    assertThat(Merge.of(base, edited, base)).isEqualTo(edited);
  }

  @Property(tries = 150)
  void twoDisjointEditSetsMergeToBothWhicheverSideIsOurs(@ForAll("canvases") Canvas base,
      @ForAll long seed) {
    Edits edits = Edits.of(base, seed, false);
    Canvas merged = Merge.of(base, edits.ours(), edits.theirs());
    assertThat(merged.conflicts()).isEmpty();
    assertThat(merged).isEqualTo(edits.both());
    assertThat(Merge.of(base, edits.theirs(), edits.ours())).isEqualTo(merged);
  }

  @Property(tries = 100)
  void aMergeResultWithConflictsLoadsBackAndPassesTheSchema(@ForAll("canvases") Canvas base,
      @ForAll long seed) throws IOException {
    Edits edits = Edits.of(base, seed, true);
    Canvas merged = Merge.of(base, edits.ours(), edits.theirs());
    byte[] bytes = CanvasFiles.toBytes(merged);
    assertThat(CanvasFiles.fromBytes(bytes, "merged")).isEqualTo(merged);
    assertThat(CanvasSchema.check(bytes)).isEmpty();
    assertThat(Merge.of(base, edits.ours(), edits.theirs())).isEqualTo(merged);
  }
}
