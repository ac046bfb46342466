package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.interchange.ImportResult;
import app.toile.interchange.InterchangeFormat;
import app.toile.io.CanvasFiles;
import app.toile.model.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's open formats: an import opens as new unsaved work with no file, a failure leaves
 * the open canvas alone, and an export writes the open canvas but never over a canvas file.
 */
class OpenFormatsTest {
  private static final Path SAMPLE = Path.of("samples/en/paris-startup.toile.json");

  @TempDir
  Path dir;

  private final EditorSession session = TestSessions.direct();
  private final List<ImportResult> done = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();

  @Test
  void anImportOpensAsUnsavedWorkWithNoFile() throws IOException {
    Path md = dir.resolve("a.md");
    Files.writeString(md, "# Plan\n\n## Channels\n\n- Web\n  - nested\n");
    session.openFormats().importFile(md, null, done::add, failed::add);
    Document d = session.document();
    assertThat(d.openProperty().get()).isTrue();
    assertThat(d.file()).isNull();
    assertThat(d.isUnsaved()).isTrue();
    assertThat(d.canvas().notes(Block.CHANNELS)).hasSize(1);
    assertThat(done).singleElement().satisfies(r -> assertThat(r.report().dropped()).hasSize(1));
    assertThat(failed).isEmpty();
    assertThat(session.openFormats().busyProperty().get()).isFalse();
  }

  @Test
  void aFileThatCannotBeReadLeavesTheCanvasAlone() throws IOException {
    session.document().load(CanvasFiles.load(SAMPLE), SAMPLE);
    Path md = dir.resolve("empty.md");
    Files.writeString(md, "");
    session.openFormats().importFile(md, null, done::add, failed::add);
    session.openFormats().importFile(dir.resolve("notes.txt"), null, done::add, failed::add);
    assertThat(failed).containsExactly(md + ": the file is empty: it holds no heading, note or"
        + " header", "notes.txt: not a Markdown (.md), JSON Canvas (.canvas) or CSV (.csv) file");
    assertThat(session.document().file()).isEqualTo(SAMPLE);
    assertThat(done).isEmpty();
  }

  @Test
  void anExportWritesTheOpenCanvasButNeverOverACanvas() throws IOException {
    Path canvas = dir.resolve("c.toile.json");
    Files.copy(SAMPLE, canvas);
    session.document().load(CanvasFiles.load(canvas), canvas);
    List<String> written = new ArrayList<>();
    Path csv = dir.resolve("out.csv");
    session.openFormats().export(csv, InterchangeFormat.CSV, Locale.FRENCH, true,
        () -> written.add("csv"), failed::add);
    assertThat(written).containsExactly("csv");
    assertThat(Files.readString(csv)).startsWith("\uFEFFblock,text,colour,segments");
    assertThat(dir.resolve("out.segments.csv")).exists();

    Path disguised = dir.resolve("other.md");
    Files.copy(SAMPLE, disguised);
    session.openFormats().export(disguised, InterchangeFormat.MARKDOWN, Locale.ENGLISH, false,
        () -> written.add("md"), failed::add);
    assertThat(written).containsExactly("csv");
    assertThat(failed).singleElement().asString().contains("never replaces a canvas");
    assertThat(OpenFormats.formats()).extracting(InterchangeFormat::extension)
        .containsExactly("md", "canvas", "csv");
  }
}
