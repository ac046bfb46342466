package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toile merge}: exit codes, the report, and OUT written whole or left alone. */
class MergeCommandTest {
  @TempDir Path dir;
  private String base;
  private String ours;
  private String theirs;
  private Path out;

  @BeforeEach
  void threeCanvases() {
    Canvas paris = CanvasFiles.load(Path.of("samples/en/paris-startup.toile.json"));
    base = save("base.toile.json", paris);
    ours = save("ours.toile.json", pain(paris, "seg-lyon", 5));
    theirs = save("theirs.toile.json", pain(paris, "seg-lille", 1));
    out = dir.resolve("out.toile.json");
  }

  private static Canvas pain(Canvas c, String id, int pain) {
    CustomerSegment s = c.segment(id).orElseThrow();
    return c.withSegment(s.withEvaluation(
        s.evaluation().withScore(Evaluation.Score.PAIN_DEPTH, pain)));
  }

  private String save(String name, Canvas canvas) {
    Path file = dir.resolve(name);
    CanvasFiles.save(canvas, file);
    return file.toString();
  }

  @Test
  void aCleanMergeExitsZeroQuietlyAndWritesNoBackup() {
    CliRun run = CliRun.of("merge", base, ours, theirs, "-o", out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out() + run.err()).isEmpty();
    Canvas merged = CanvasFiles.load(out);
    assertThat(merged.segment("seg-lyon").orElseThrow().evaluation().painDepth()).isEqualTo(5);
    assertThat(merged.segment("seg-lille").orElseThrow().evaluation().painDepth()).isEqualTo(1);
    assertThat(dir.resolve("out.toile.json.bak")).doesNotExist();
  }

  @Test
  void conflictsExitOneWithAReportAndAreRecordedInOut() {
    String other = save("other.toile.json", pain(CanvasFiles.load(Path.of(base)), "seg-lyon", 2));
    CliRun run = CliRun.of("merge", "--lang", "en", base, ours, other, "-o", ours);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("toile: 1 conflict: ours kept in " + ours
        + ", and each recorded there for you to decide\n"
        + "  segment 'Solo entrepreneurs in Lyon': pain depth: base 4, ours 5, theirs 2\n");
    assertThat(CanvasFiles.load(Path.of(ours)).conflicts()).hasSize(1);
    assertThat(CliRun.of("info", "--lang", "en", ours).out()).endsWith("Conflicts left by a merge: 1\n"
        + "  segment 'Solo entrepreneurs in Lyon': pain depth: base 4, ours 5, theirs 2\n");
  }

  @Test
  void anUnreadableSideExitsTwoAndLeavesOutUntouched() throws IOException {
    Files.writeString(out, "{\"format\": \"toile-canvas\", \"formatVersion\": 1}\n");
    Files.writeString(dir.resolve("broken.toile.json"), "{\"format\": \"toile-canvas\",");
    CliRun run = CliRun.of("merge", base, ours, dir.resolve("broken.toile.json").toString(),
        "-o", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("toile: ");
    assertThat(Files.readString(out))
        .isEqualTo("{\"format\": \"toile-canvas\", \"formatVersion\": 1}\n");
  }

  @Test
  void outMustBeNewOrACanvasAndTheUsageIsChecked() throws IOException {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "my notes");
    CliRun run = CliRun.of("merge", base, ours, theirs, "-o", notes.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(Files.readString(notes)).isEqualTo("my notes");
    assertThat(CliRun.of("merge", base, ours, theirs).code()).isEqualTo(64);
    assertThat(CliRun.of("merge", base, ours, "-o", out.toString()).code()).isEqualTo(64);
  }

  @Test
  void theMergeIsTheSameEveryTime() throws IOException {
    CliRun.of("merge", base, ours, theirs, "-o", out.toString());
    byte[] first = Files.readAllBytes(out);
    CliRun.of("merge", base, ours, theirs, "-o", out.toString());
    assertThat(Files.readAllBytes(out)).isEqualTo(first);
  }
}
