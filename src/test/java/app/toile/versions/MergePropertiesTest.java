package app.toile.versions;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasArbitraries;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The comparison and the merge on canvases of every shape. */
class MergePropertiesTest {
  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in = Files.newInputStream(Path.of("docs/toile-canvas.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

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
    assertThat(SCHEMA.validate(new ObjectMapper().readTree(bytes))).isEmpty();
    assertThat(Merge.of(base, edits.ours(), edits.theirs())).isEqualTo(merged);
  }
}
