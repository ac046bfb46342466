package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The samples shipped in the jar: complete, canonical, in both languages, and the same in both. */
class SampleCatalogTest {
  private static final Path SAMPLES = Path.of(System.getProperty("toile.samples.dir", "samples"));

  @Test
  void theIndexNamesEverySampleFileInBothLanguagesAndNothingElse() throws IOException {
    List<String> names = SampleCatalog.names();
    assertThat(names).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
    for (String lang : List.of("en", "fr")) {
      try (Stream<Path> files = Files.list(SAMPLES.resolve(lang))) {
        assertThat(files.map(p -> p.getFileName().toString().replace(CanvasFormat.EXTENSION, "")))
            .as(lang).containsExactlyInAnyOrderElementsOf(names);
      }
    }
  }

  @Test
  void everySampleIsAFullCanvasWithEveryBlockFilled() {
    for (Locale lang : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      for (SampleCatalog.Sample s : SampleCatalog.all(lang)) {
        Canvas c = s.canvas();
        assertThat(c.header().title()).as(s.resource()).isNotBlank();
        assertThat(s.description()).as(s.resource()).isNotBlank().doesNotContain("\n\n");
        assertThat(c.strategy()).as(s.resource()).isNotNull();
        assertThat(c.segments()).as(s.resource()).isNotEmpty();
        for (Block b : Block.noteBlocks()) {
          assertThat(c.notes(b)).as(s.resource() + " " + b).isNotEmpty();
        }
        boolean linked = c.notes(Block.VALUE_PROPOSITIONS).stream().anyMatch(n -> !n.segmentIds().isEmpty())
            && c.notes(Block.CHANNELS).stream().anyMatch(n -> !n.segmentIds().isEmpty());
        assertThat(linked).as(s.resource() + " links value propositions and channels to segments").isTrue();
      }
    }
  }

  @Test
  void frenchAndEnglishVersionsHaveTheSameStructure() {
    List<SampleCatalog.Sample> en = SampleCatalog.all(Locale.ENGLISH);
    List<SampleCatalog.Sample> fr = SampleCatalog.all(Locale.FRANCE);
    assertThat(fr).hasSameSizeAs(en);
    for (int i = 0; i < en.size(); i++) {
      Canvas e = en.get(i).canvas();
      Canvas f = fr.get(i).canvas();
      assertThat(f.strategy()).isEqualTo(e.strategy());
      assertThat(f.segments()).extracting(CustomerSegment::id, CustomerSegment::status)
          .containsExactlyElementsOf(e.segments().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.status())).toList());
      for (Block b : Block.noteBlocks()) {
        assertThat(f.notes(b)).extracting(Note::id, Note::segmentIds)
            .containsExactlyElementsOf(e.notes(b).stream().map(n -> org.assertj.core.groups.Tuple.tuple(n.id(), n.segmentIds())).toList());
      }
      assertThat(f.header().title()).isNotEqualTo(e.header().title());
    }
  }

  @Test
  void sampleFilesAreExactlyAsToileWritesThemAndMatchTheSchema() throws IOException {
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Path.of("docs/toile-canvas.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    ObjectMapper json = new ObjectMapper();
    for (String lang : List.of("en", "fr")) {
      for (String name : SampleCatalog.names()) {
        Path file = SAMPLES.resolve(lang).resolve(name + CanvasFormat.EXTENSION);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(CanvasFiles.toBytes(CanvasFiles.load(file))).as(file.toString()).isEqualTo(bytes);
        assertThat(schema.validate(json.readTree(bytes))).as(file.toString()).isEmpty();
      }
    }
  }
}
