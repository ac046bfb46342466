package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

/**
 * What an office suite shows of a deck before opening it, and what a spelling checker goes by: the
 * document properties say when, by whom, what and how many; every run of text has the export's
 * language; a long title reads whole in the footer.
 */
class DeckPropertiesTest {

  @Test
  void thePropertiesTellTheExportTimeTheAuthorTheFormatAndTheRealSlideCount()
      throws IOException {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Canvas canvas = ExportFixtures.bureauNomade();
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.FRENCH)) {
      var core = show.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("Bureau Nomade — postes de travail à l’heure");
      assertThat(core.getCreator()).isEqualTo("Élise Garçon");
      assertThat(core.getCreated().toInstant()).isBetween(before, Instant.now());
      assertThat(core.getModified()).isEqualTo(core.getCreated());
      CTProperties app = show.getProperties().getExtendedProperties().getUnderlyingProperties();
      assertThat(app.getPresentationFormat()).isEqualTo("Widescreen");
      assertThat(app.getSlides()).isEqualTo(show.getSlides().size()).isGreaterThan(3);
      assertThat(app.isSetHeadingPairs()).as("no leftover 'Slide Titles: 0'").isFalse();
    }
  }

  @Test
  void everyRunOfTextHasTheExportsLanguage() throws IOException {
    for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      String tag = locale == Locale.FRENCH ? "fr-FR" : "en-US";
      try (XMLSlideShow show = PptxReader.export(ExportFixtures.bureauNomade(), locale)) {
        int runs = 0;
        for (XSLFSlide slide : show.getSlides()) {
          for (XSLFTextShape t : PptxReader.textShapes(slide)) {
            for (XSLFTextParagraph p : t.getTextParagraphs()) {
              for (XSLFTextRun r : p.getTextRuns()) {
                assertThat(r.getRPr(false).getLang()).as(r.getRawText()).isEqualTo(tag);
                runs++;
              }
            }
          }
        }
        assertThat(runs).isGreaterThan(100);
      }
    }
  }

  @Test
  void aLongTitleReadsWholeInTheFooter() throws IOException {
    String title = "Bureau Nomade, des postes de travail à l’heure pour les indépendants, les "
        + "équipes commerciales itinérantes et les grands groupes en télétravail partiel";
    Canvas canvas = ExportFixtures.bureauNomade();
    canvas = canvas.withHeader(canvas.header().withTitle(title));
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.FRENCH)) {
      int segment = PptxReader.slideWith(show, "Segment de clientèle 1 sur 4");
      assertThat(PptxReader.text(show, segment, segment)).contains(PptxReader.words(title));
    }
  }
}
