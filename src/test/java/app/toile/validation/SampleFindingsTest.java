package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.SampleCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every sample validates with exactly the findings it is meant to show, in both languages. The
 * worked examples are clean of errors; the dropped segments of the bank and the car-parts supplier
 * carry the weakness that got them dropped; the first draft shows its three classic mistakes.
 */
class SampleFindingsTest {

  private static final Map<String, List<String>> EXPECTED = Map.of(
      "paris-startup", List.of(),
      "card-issuer", List.of(),
      "bank-income-tiers", List.of("SEGMENT_WEAK segment:seg-retail/evaluation"),
      "appliance-maker", List.of(),
      "car-parts-supplier", List.of(
          "SEGMENT_SMALL_SHARE segment:seg-carmakers/evaluation.marketSharePercent",
          "SEGMENT_MISSION_MISFIT segment:seg-garages/evaluation.value"),
      "coffee-roaster", List.of(),
      "first-draft-mistakes", List.of(
          "FOCUS_TOO_MANY canvas/segments",
          "SEGMENT_NOT_DISTINCT segment:seg-young-pros/distinctness",
          "SEGMENT_NOT_DISTINCT segment:seg-parents/distinctness",
          "EXPANSION_BEFORE_CONQUEST segment:seg-students/conquest.acquisition"));

  @Test
  void everySampleHasExactlyItsDocumentedFindingsInBothLanguages() {
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(SampleCatalog.names());
    for (Locale lang : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      for (SampleCatalog.Sample s : SampleCatalog.all(lang)) {
        List<String> found = Validator.validate(s.canvas()).stream()
            .map(f -> f.code() + " " + f.target())
            .toList();
        assertThat(found).as(s.resource()).containsExactlyElementsOf(EXPECTED.get(s.name()));
      }
    }
  }

  @Test
  void noSampleHasAnError() {
    for (SampleCatalog.Sample s : SampleCatalog.all(Locale.ENGLISH)) {
      assertThat(Validator.validate(s.canvas())).as(s.resource())
          .noneMatch(f -> f.severity() == Severity.ERROR);
    }
  }
}
