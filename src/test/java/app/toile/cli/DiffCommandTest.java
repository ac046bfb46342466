package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import app.toile.model.Snapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toile diff} and {@code toile show}: two canvases compared in the domain's words. */
class DiffCommandTest {
  @TempDir Path dir;
  private String before;
  private String after;

  @BeforeEach
  void twoStatesOfTheParisCanvas() {
    Canvas paris = CanvasFiles.load(Path.of("samples/en/paris-startup.toile.json"));
    CustomerSegment lyon = paris.segment("seg-lyon").orElseThrow();
    List<Note> vp = new ArrayList<>(paris.notes(Block.VALUE_PROPOSITIONS));
    vp.add(Note.of("note-new", "Cash forecast by client, week by week, with alerts"));
    Canvas edited = paris.withSegment(lyon.withStatus(SegmentStatus.FOCUS)
            .withEvaluation(lyon.evaluation().withScore(Evaluation.Score.PAIN_DEPTH, 5)))
        .withNotes(Block.VALUE_PROPOSITIONS, vp)
        .withSnapshots(List.of(Snapshot.of("Before Lyon", Instant.parse("2026-11-02T08:15:00Z"),
            paris)));
    before = save("before.toile.json", paris);
    after = save("after.toile.json", edited);
  }

  private String save(String name, Canvas canvas) {
    Path file = dir.resolve(name);
    CanvasFiles.save(canvas, file);
    return file.toString();
  }

  @Test
  void differentCanvasesAreToldInTheDomainsWordsAndExitOne() {
    CliRun run = CliRun.of("diff", "--lang", "en", before, after);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).startsWith(
        "segment 'Solo entrepreneurs in Lyon': pain depth 4 → 5, attractiveness 3.6 → 3.8,"
            + " status next → focus",
        "Value Propositions: + 'Cash forecast by client, week by week, with alerts'");
    assertThat(run.out()).contains("Findings: + [Warning] 2 segments are marked as the focus");
  }

  @Test
  void frenchSaysItInFrench() {
    CliRun run = CliRun.of("diff", "--lang", "fr", before, after);
    assertThat(run.out().lines()).first().isEqualTo("segment «\u00a0Solo entrepreneurs in Lyon\u00a0»\u00a0:"
        + " profondeur de la douleur 4 → 5, attractivité 3,6 → 3,8, statut suivant → cible"
        + " prioritaire");
  }

  @Test
  void theSameCanvasExitsZeroAndAVersionComparesWithTheCurrentCanvas() {
    CliRun same = CliRun.of("diff", "--lang", "en", before, before);
    assertThat(same.code()).isZero();
    assertThat(same.out()).isEqualTo("No change between " + before + " and " + before + ".\n");
    CliRun kept = CliRun.of("diff", "--lang", "en", after, "--from", "Before Lyon");
    assertThat(kept.code()).isEqualTo(1);
    assertThat(kept.out()).isEqualTo(CliRun.of("diff", "--lang", "en", before, after).out());
    assertThat(CliRun.of("diff", before, after, "--to", "Before Lyon").code()).isZero();
  }

  @Test
  void anUnreadableFileOrAnUnknownVersionExitsTwoInOneLine() {
    CliRun missing = CliRun.of("diff", before, dir.resolve("missing.toile.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().lines()).hasSize(1).first().asString().startsWith("toile: ");
    CliRun unknown = CliRun.of("diff", after, "--from", "v9");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("toile: " + after
        + ": no version named \"v9\"; its versions are \"Before Lyon\"\n");
    CliRun none = CliRun.of("diff", before, "--from", "v9");
    assertThat(none.err()).endsWith("the file keeps no versions\n");
  }

  @Test
  void badUsageExitsSixtyFour() {
    assertThat(CliRun.of("diff", before).code()).isEqualTo(64);
    assertThat(CliRun.of("diff", before, after, "--format", "xml").code()).isEqualTo(64);
    assertThat(CliRun.of("diff", before, after, before).code()).isEqualTo(64);
  }

  @Test
  void jsonGivesEachChangeWithItsPlaceAndValues() throws Exception {
    CliRun run = CliRun.of("diff", "--format", "json", "--lang", "en", before, after);
    assertThat(run.code()).isEqualTo(1);
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertThat(doc.get("equal").asBoolean()).isFalse();
    JsonNode pain = doc.get("changes").get(0);
    assertThat(pain.get("kind").asText()).isEqualTo("CHANGED");
    assertThat(pain.get("part").asText()).isEqualTo("SEGMENT");
    assertThat(pain.get("id").asText()).isEqualTo("seg-lyon");
    assertThat(pain.get("field").asText()).isEqualTo("evaluation.painDepth");
    assertThat(pain.get("before").asInt()).isEqualTo(4);
    assertThat(pain.get("after").asInt()).isEqualTo(5);
    assertThat(pain.get("text").asText())
        .isEqualTo("segment 'Solo entrepreneurs in Lyon': pain depth 4 → 5");
    JsonNode status = doc.get("changes").get(2);
    assertThat(status.get("before").asText()).isEqualTo("NEXT");
    assertThat(status.get("after").asText()).isEqualTo("FOCUS");
  }

  @Test
  void showPrintsOneFactALineAndTheVersionsKept() {
    CliRun run = CliRun.of("show", "--lang", "en", after);
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).contains(
        "Version: 'v3'",
        "Market › Age from: 25",
        "segment 'Solo entrepreneurs in Lyon': pain depth 5",
        "segment 'Solo entrepreneurs in Lyon': status focus",
        "Value Propositions: 'Cash forecast by client, week by week, with alerts'",
        "Version kept: 'Before Lyon', saved 2026-11-02 08:15 UTC");
    CliRun version = CliRun.of("show", "--lang", "en", "--version", "Before Lyon", after);
    assertThat(version.out()).isEqualTo(CliRun.of("show", "--lang", "en", before).out());
  }

  @Test
  void infoListsTheVersionsAndExportTakesOneByName() throws Exception {
    CliRun info = CliRun.of("info", "--lang", "en", after);
    assertThat(info.out()).endsWith(
        "Versions kept: 1\n  Before Lyon (saved 2026-11-02 08:15 UTC)\n");
    assertThat(CliRun.of("info", "--lang", "en", before).out()).doesNotContain("Versions kept");
    Path md = dir.resolve("before-lyon.md");
    CliRun export = CliRun.of("export", after, "--version", "Before Lyon", "-o", md.toString());
    assertThat(export.code()).isZero();
    Path current = dir.resolve("before.md");
    CliRun.of("export", before, "-o", current.toString());
    assertThat(java.nio.file.Files.readString(md)).isEqualTo(java.nio.file.Files.readString(current));
    CliRun unknown = CliRun.of("export", after, "--version", "v9", "-o", md.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no version named \"v9\"; its versions are \"Before Lyon\"");
  }

  @Test
  void aPdfCanEndWithThePageOfChangesSinceAVersion() throws Exception {
    Path pdf = dir.resolve("after.pdf");
    CliRun run = CliRun.of("export", after, "--changes-since", "Before Lyon", "--lang", "fr",
        "-o", pdf.toString());
    assertThat(run.code()).as(run.err()).isZero();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setStartPage(doc.getNumberOfPages());
      String last = stripper.getText(doc);
      assertThat(last).contains("Changements depuis «\u00a0Before Lyon\u00a0»")
          .contains("profondeur de la douleur 4 → 5")
          .contains("Propositions de valeur\u00a0: + «\u00a0Cash forecast by client");
    }
    assertThat(CliRun.of("export", after, "--changes-since", "v9", "-o", pdf.toString()).code())
        .isEqualTo(2);
    assertThat(CliRun.of("export", after, "--changes-since", "Before Lyon", "-o",
        dir.resolve("after.png").toString()).code()).isEqualTo(64);
  }
}
