package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.MergeConflict;
import app.toile.model.SegmentStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real git repositories with Toile as the diff and merge driver of canvases, registered as
 * docs/versions.md says, Toile run as a separate process from the test's class path: two
 * branches edit different segments and merge cleanly; two branches edit the same score and the
 * merge stops with the conflict recorded in the canvas; git diff and git log -p speak canvas.
 */
class GitDriversTest {
  @TempDir Path repo;
  private Path canvas;

  @BeforeEach
  void aRepositoryWithTheDriversAndTheParisCanvas() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Inès");
    git("config", "user.email", "ines@example.org");
    String toile = toile();
    git("config", "merge.toile.name", "Toile canvas merge");
    git("config", "merge.toile.driver", toile + " merge --lang en %O %A %B -o %A --label %P");
    git("config", "diff.toile.textconv", toile + " show --lang en");
    Files.writeString(repo.resolve(".gitattributes"), "*.toile.json merge=toile diff=toile\n");
    canvas = repo.resolve("carnet.toile.json");
    CanvasFiles.save(CanvasFiles.load(Path.of("samples/en/paris-startup.toile.json")), canvas);
    Files.deleteIfExists(repo.resolve("carnet.toile.json.bak"));
    git("add", ".");
    git("commit", "-q", "-m", "Carnet canvas");
  }

  /** The command that runs Toile's launcher from this test's class path, quoted for git's shell. */
  private static String toile() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' app.toile.Launcher";
  }

  @Test
  void branchesThatEditDifferentSegmentsMergeIntoBoth() throws Exception {
    git("checkout", "-q", "-b", "lyon");
    edit("seg-lyon", s -> s.withEvaluation(s.evaluation().withScore(Evaluation.Score.PAIN_DEPTH, 5)));
    git("commit", "-q", "-am", "Lyon hurts more than we thought");
    git("checkout", "-q", "main");
    edit("seg-lille", s -> s.withStatus(SegmentStatus.DROPPED));
    git("commit", "-q", "-am", "Lille dropped");
    Run merge = git("merge", "--no-edit", "lyon");
    assertThat(merge.code()).as(merge.out()).isZero();
    Canvas merged = CanvasFiles.load(canvas);
    assertThat(merged.segment("seg-lyon").orElseThrow().evaluation().painDepth()).isEqualTo(5);
    assertThat(merged.segment("seg-lille").orElseThrow().status()).isEqualTo(SegmentStatus.DROPPED);
    assertThat(merged.conflicts()).isEmpty();
    assertThat(git("status", "--porcelain").out()).isEmpty();
  }

  @Test
  void branchesThatEditTheSameScoreStopWithTheConflictRecorded() throws Exception {
    git("checkout", "-q", "-b", "lyon");
    edit("seg-lyon", s -> s.withEvaluation(s.evaluation().withScore(Evaluation.Score.PAIN_DEPTH, 2)));
    git("commit", "-q", "-am", "Lyon hurts less");
    git("checkout", "-q", "main");
    edit("seg-lyon", s -> s.withEvaluation(s.evaluation().withScore(Evaluation.Score.PAIN_DEPTH, 5)));
    git("commit", "-q", "-am", "Lyon hurts more");
    Run merge = git("merge", "--no-edit", "lyon");
    assertThat(merge.code()).isNotZero();
    assertThat(merge.out()).contains("CONFLICT")
        .contains("toile: 1 conflict: ours kept in carnet.toile.json,")
        .contains("segment 'Solo entrepreneurs in Lyon': pain depth: base 4, ours 5, theirs 2");
    Canvas merged = CanvasFiles.load(canvas);
    assertThat(merged.segment("seg-lyon").orElseThrow().evaluation().painDepth()).isEqualTo(5);
    assertThat(merged.conflicts()).containsExactly(new MergeConflict("seg-lyon", null,
        "evaluation.painDepth", "Solo entrepreneurs in Lyon", "4", "5", "2", null));
    assertThat(Files.readString(canvas)).doesNotContain("<<<<<<<");
  }

  @Test
  void gitDiffAndGitLogSpeakCanvas() throws Exception {
    edit("seg-lyon", s -> s.withStatus(SegmentStatus.FOCUS));
    assertThat(git("diff").out()).contains(
        "-segment 'Solo entrepreneurs in Lyon': status next",
        "+segment 'Solo entrepreneurs in Lyon': status focus");
    git("commit", "-q", "-am", "Lyon is the focus too");
    assertThat(git("log", "-p", "-1").out()).contains(
        "+segment 'Solo entrepreneurs in Lyon': status focus").doesNotContain("\"FOCUS\"");
  }

  private void edit(String id, UnaryOperator<CustomerSegment> change) {
    Canvas c = CanvasFiles.load(canvas);
    CanvasFiles.save(c.withSegment(change.apply(c.segment(id).orElseThrow())), canvas);
    try {
      Files.deleteIfExists(repo.resolve("carnet.toile.json.bak"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Run(int code, String out) {}

  private Run git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile())
        .redirectErrorStream(true);
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    pb.environment().put("GIT_PAGER", "cat");
    pb.environment().remove("GIT_DIR");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }
}
