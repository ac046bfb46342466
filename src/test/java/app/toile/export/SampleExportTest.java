package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.SampleCatalog;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sample exports in its language with its findings, and every word of it is in the PDF. */
class SampleExportTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everySampleExportsWithAllItsNotesAndSegments(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    for (SampleCatalog.Sample sample : SampleCatalog.all(locale)) {
      Canvas canvas = sample.canvas();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfExporter.export(canvas, FindingLines.validate(canvas, locale),
          ExportOptions.of(locale), out, null);
      try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
        assertThat(doc.getNumberOfPages()).as(sample.name())
            .isGreaterThanOrEqualTo(canvas.segments().size() + 2);
        String page1 = PdfExporterTest.words(PdfExporterTest.textOf(doc, 1, 1));
        for (Block b : Block.noteBlocks()) {
          for (Note n : canvas.notes(b)) {
            assertThat(page1).as(sample.name()).contains(PdfExporterTest.words(n.text()));
          }
        }
        for (CustomerSegment s : canvas.segments()) {
          assertThat(page1).as(sample.name()).contains(PdfExporterTest.words(s.name()));
        }
      }
    }
  }
}
