package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.i18n.Texts;
import app.toile.io.SampleCatalog;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample exports to PowerPoint in its language: every note and every pursued segment on the
 * canvas slide, and each pursued segment's name on a slide of its own, numbered among them.
 */
class SamplePptxExportTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everySampleExportsWithAllItsNotesAndSegments(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    for (SampleCatalog.Sample sample : SampleCatalog.all(locale)) {
      Canvas canvas = sample.canvas();
      try (XMLSlideShow show = PptxReader.export(canvas, locale)) {
        List<CustomerSegment> active = PptxExporter.active(canvas);
        String canvasSlide = PptxReader.canvasText(show,
            Texts.of("export", locale).get("segmentNumber", 1, active.size()));
        for (Block b : Block.noteBlocks()) {
          for (Note n : canvas.notes(b)) {
            assertThat(canvasSlide).as(sample.name()).contains(PptxReader.words(n.text()));
          }
        }
        for (CustomerSegment s : active) {
          assertThat(canvasSlide).as(sample.name()).contains(PptxReader.words(s.name()));
        }
        for (int i = 0; i < active.size(); i++) {
          int slide = PptxReader.slideWith(show, PptxReader.words(
              Texts.of("export", locale).get("segmentNumber", i + 1, active.size())));
          assertThat(PptxReader.text(show, slide, slide)).as(sample.name())
              .contains(PptxReader.words(active.get(i).name()));
        }
      }
    }
  }

  /**
   * Every note of the canvas slide, and of the slides it continues on, at one size, no smaller
   * than 10 pt: a projected canvas reads evenly, and a full block continues rather than shrinks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theCanvasSlideSetsEveryNoteAtOneReadableSize(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    for (SampleCatalog.Sample sample : SampleCatalog.all(locale)) {
      try (XMLSlideShow show = PptxReader.export(sample.canvas(), locale)) {
        Set<Double> sizes = new TreeSet<>();
        for (XSLFShape shape : show.getSlides().get(1).getShapes()) {
          if (shape instanceof XSLFAutoShape note && !(shape instanceof XSLFTextBox)) {
            for (XSLFTextParagraph p : note.getTextParagraphs()) {
              for (XSLFTextRun r : p.getTextRuns()) {
                if (!r.getRawText().isBlank()) {
                  sizes.add(r.getFontSize());
                }
              }
            }
          }
        }
        assertThat(sizes).as(sample.name()).hasSize(1);
        assertThat(sizes.iterator().next()).as(sample.name()).isGreaterThanOrEqualTo(10.0);
      }
    }
  }
}
