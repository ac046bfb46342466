package app.toile.versions;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.i18n.Texts;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The words of comparisons exist in English and French, for every field the model has. */
class VersionTextsTest {

  @Test
  void englishAndFrenchHaveTheSameKeys() throws IOException {
    assertThat(load("versions_fr.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("versions.properties").stringPropertyNames());
  }

  @Test
  void everyFieldOfASegmentANoteAndTheCanvasHasAWordInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      FieldLabels labels = new FieldLabels(Texts.labels(locale), Texts.of("versions", locale));
      CustomerSegment s = CustomerSegment.named("s", "S");
      for (String path : RecordLeaves.of(s).keySet().stream().filter(p -> !p.equals("id"))
          .toList()) {
        assertThat(labels.of(Place.Part.SEGMENT, path)).as(path).isNotEqualTo(path)
            .doesNotContain("!");
      }
      for (String path : RecordLeaves.of(Note.of("n", "N")).keySet().stream()
          .filter(p -> !p.equals("id") && !p.equals("extras")).toList()) {
        assertThat(Texts.of("versions", locale).has("note." + path)).as(path).isTrue();
      }
      for (String path : CanvasChanges.fields(app.toile.model.Canvas.empty()).keySet()) {
        assertThat(labels.of(Place.Part.CANVAS, path)).as(path).isNotEqualTo(path);
      }
      assertThat(labels.of(Place.Part.SEGMENT, "attractiveness")).isNotEqualTo("attractiveness");
      assertThat(labels.of(Place.Part.SEGMENT, "order")).isNotEqualTo("order");
    }
  }

  private Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/app/toile/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
