package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-written canvas files, read as the command line reads them, and the shipped samples. */
class JsonCanvasesTest {

  private static Canvas load(String name) throws IOException {
    try (InputStream in = JsonCanvasesTest.class.getResourceAsStream("/validation/" + name)) {
      return CanvasFiles.fromBytes(in.readAllBytes(), name);
    }
  }

  private static List<String> report(Canvas c) {
    return Validator.validate(c).stream().map(f -> f.code() + " " + f.target()).toList();
  }

  @Test
  void aCleanCanvasHasNoFinding() throws IOException {
    assertThat(report(load("clean.toile.json"))).isEmpty();
  }

  @Test
  void outOfRangeValuesAreEachReportedAndReadAsUnset() throws IOException {
    assertThat(report(load("out-of-range.toile.json"))).containsExactly(
        "SEGMENT_BAD_RANGE canvas/market.target.ageMax",
        "SEGMENT_NO_CRITERIA segment:seg-a/profile",
        "SEGMENT_BAD_RANGE segment:seg-a/profile.demographic.ageMin",
        "SEGMENT_BAD_RANGE segment:seg-a/profile.demographic.ageMax",
        "SEGMENT_BAD_RANGE segment:seg-a/evaluation.painDepth",
        "SEGMENT_BAD_RANGE segment:seg-a/evaluation.budget",
        "SEGMENT_BAD_RANGE segment:seg-a/evaluation.marketSharePercent",
        "SEGMENT_BAD_RANGE segment:seg-a/evaluation.estimatedCustomers",
        "SEGMENT_BAD_RANGE segment:seg-a/evaluation.budgetAmount",
        "SEGMENT_BAD_RANGE segment:seg-a/customerCount",
        "SEGMENT_MISSION_MISFIT segment:seg-a/evaluation.value",
        "FOCUS_NOT_GEOGRAPHIC segment:seg-a/profile.geographic");
  }

  @Test
  void platformSidesCountLinksInEitherDirectionBetweenActiveSegments() throws IOException {
    assertThat(report(load("platform.toile.json"))).containsExactly(
        "MARKET_KIND_MISMATCH segment:seg-holders/customerKind",
        "SEGMENT_NOT_EVALUATED segment:seg-banks/evaluation",
        "STRATEGY_SIDES_UNLINKED segment:seg-banks/dependsOn",
        "LINK_DANGLING note:note-app/segmentIds[1]");
  }

  @Test
  void lookAlikesIgnoreAccentsCaseAndNoBreakSpaces() throws IOException {
    Canvas c = load("look-alikes.toile.json");
    assertThat(report(c)).containsExactly(
        "FOCUS_NONE canvas/segments",
        "SEGMENT_DUPLICATE_NAME segment:seg-1/name",
        "SEGMENT_NOT_DISTINCT segment:seg-1/distinctness",
        "SEGMENT_SMALL_SHARE segment:seg-1/evaluation.marketSharePercent",
        "SEGMENT_DUPLICATE_NAME segment:seg-2/name",
        "SEGMENT_NOT_DISTINCT segment:seg-2/distinctness",
        "SEGMENT_WEAK segment:seg-2/evaluation",
        "SEGMENT_NOT_EVALUATED segment:seg-3/evaluation",
        "SEGMENT_NO_VALUE_PROPOSITION segment:seg-3",
        "SEGMENT_NO_NAME segment:seg-4/name",
        "SEGMENT_NO_NAME segment:seg-5/name",
        "LINK_DANGLING note:note-room/segmentIds[2]");
    // (5 + 1) / 2 = 3 beats (2 + 2) / 2 = 2; the unscored segment comes last.
    assertThat(Validator.validate(c).get(0).relatedSegmentIds()).containsExactly("seg-1");
    assertThat(Ranking.of(c).ids()).containsExactly("seg-1", "seg-2", "seg-3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"paris-startup", "card-issuer", "bank-income-tiers", "appliance-maker",
      "car-parts-supplier", "coffee-roaster"})
  void theWorkedExamplesHaveNoError(String sample) throws IOException {
    for (String lang : List.of("en", "fr")) {
      Canvas c = CanvasFiles.load(Path.of("samples", lang, sample + ".toile.json"));
      assertThat(FindingSummary.of(Validator.validate(c)).hasErrors())
          .as("%s/%s: %s", lang, sample, report(c)).isFalse();
    }
  }

  @Test
  void theFirstDraftSampleShowsItsThreeMistakes() throws IOException {
    for (String lang : List.of("en", "fr")) {
      Path file = Path.of("samples", lang, "first-draft-mistakes.toile.json");
      assertThat(Files.exists(file)).isTrue();
      assertThat(Validator.validate(CanvasFiles.load(file))).extracting(Finding::code)
          .contains(FindingCode.SEGMENT_NOT_DISTINCT, FindingCode.FOCUS_TOO_MANY,
              FindingCode.EXPANSION_BEFORE_CONQUEST);
    }
  }
}
