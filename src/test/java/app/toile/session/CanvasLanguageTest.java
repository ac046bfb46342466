package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.Header;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The language a canvas is written in, from its words. */
class CanvasLanguageTest {

  @Test
  void everySampleIsInTheLanguageOfItsFolder() throws Exception {
    for (String lang : new String[] {"en", "fr"}) {
      try (Stream<Path> files = Files.list(Path.of("samples", lang))) {
        for (Path f : files.toList()) {
          assertThat(CanvasLanguage.of(CanvasFiles.load(f))).as(f.toString())
              .contains(Locale.forLanguageTag(lang));
        }
      }
    }
  }

  @Test
  void anEmptyOrTerseCanvasDoesNotTellAndTheEditorsLanguageStands() {
    assertThat(CanvasLanguage.of(Canvas.empty())).isEmpty();
    Canvas terse = Canvas.empty().withHeader(Header.EMPTY.withTitle("Toile"));
    assertThat(CanvasLanguage.of(terse, Locale.FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(CanvasLanguage.of(terse, Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
  }
}
