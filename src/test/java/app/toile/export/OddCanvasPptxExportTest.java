package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.Note;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

/** Whatever the file held, the deck is written, and PowerPoint's XML stays valid. */
class OddCanvasPptxExportTest {

  @Test
  void outOfRangeValuesControlCharactersAndBadColoursStillExport() throws IOException {
    Canvas canvas = ExportFixtures.odd();
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.ENGLISH)) {
      String text = PptxReader.text(show, 1, show.getSlides().size());
      assertThat(text).contains("Unnamed segment", "lien perdu", "Titre",
          "Un besoin avec un caractère de contrôle");
      // A score of 7 is a mistake for validation to report, not a figure to present.
      assertThat(text).doesNotContain("7/5");
      assertThat(text).doesNotContain("\u0007", "\u0001", "\u0000");
      long others;
      try (XMLSlideShow without = PptxReader.export(canvas.withNote(Note.of("n3", "")),
          Locale.ENGLISH)) {
        others = PptxReader.text(without, 1, without.getSlides().size()).chars()
            .filter(c -> c == 'x').count();
      }
      assertThat(text.chars().filter(c -> c == 'x').count() - others).isEqualTo(20_000);
      assertThat(show.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Titre sur plusieurs lignes");
    }
  }

  @Test
  void aCanvasWithNothingInItExportsInEveryLanguage() throws IOException {
    for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN)) {
      try (XMLSlideShow show = PptxReader.export(Canvas.empty(), l)) {
        assertThat(show.getSlides()).hasSize(3);
        assertThat(PptxReader.text(show, 3, 3)).contains(l == Locale.FRENCH
            ? "Aucun segment n’est encore conquis" : "No segment is conquered");
      }
    }
  }
}
