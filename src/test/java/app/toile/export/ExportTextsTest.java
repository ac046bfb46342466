package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExportTextsTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ExportTextsTest.class.getResourceAsStream("/app/toile/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndFrenchHaveTheSameKeys() throws IOException {
    assertThat(load("export_fr.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("export.properties").keySet());
  }

  @Test
  void numbersFollowTheLanguage() {
    assertThat(Texts.of("export", Locale.FRENCH).get("roadmap.total", 3500L))
        .isEqualTo("Clients gagnés au total\u00a0: 3\u202f500");
    assertThat(Texts.of("export", Locale.ENGLISH).get("roadmap.total", 3500L))
        .isEqualTo("Customers won in total: 3,500");
    assertThat(Texts.of("export", Locale.FRENCH).get("continuedOn", 4))
        .isEqualTo("suite p.\u00a04");
    assertThat(Texts.of("export", Locale.ENGLISH).get("continuedOn", 4))
        .isEqualTo("continued on p.\u00a04");
    assertThat(Texts.of("export", Locale.FRENCH).get("continuedOnRange", 2, 4))
        .isEqualTo("suite p.\u00a02\u20134");
    assertThat(Texts.of("export", Locale.ENGLISH).get("continuedOnRange", 2, 4))
        .isEqualTo("continued on pp.\u00a02\u20134");
  }
}
