package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.generate.CanvasGenerator;
import app.toile.generate.GeneratorSettings;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Validation never blocks an export: whatever the file held, the export draws it. */
class OddCanvasExportTest {

  @Test
  void outOfRangeValuesBlankTextsAndBadColoursStillExport() throws IOException {
    Canvas canvas = ExportFixtures.odd();
    try (PDDocument doc = Loader.loadPDF(pdf(canvas))) {
      String text = PdfExporterTest.text(doc);
      assertThat(text).contains("Unnamed segment", "7/5", "lien perdu", "Titre");
      // The long note runs over several overflow pages, between their headings and footers: count
      // its letters, less those of the rest of the text ("next", "expansion").
      long others;
      try (PDDocument without = Loader.loadPDF(pdf(canvas.withNote(Note.of("n3", ""))))) {
        others = PdfExporterTest.text(without).chars().filter(c -> c == 'x').count();
      }
      assertThat(text.chars().filter(c -> c == 'x').count() - others).isEqualTo(20_000);
    }
  }

  private static byte[] pdf(Canvas canvas) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, null, new ExportOptions(null, null), out, null);
    return out.toByteArray();
  }

  @Test
  void aCanvasOfHundredsOfSegmentsExportsWithoutAKeyTallerThanThePage() throws IOException {
    // Five hundred segments make a key of chips taller than a page: the pages go without it.
    Canvas canvas = CanvasGenerator.generate(new GeneratorSettings(500, 1_000, 9, false));
    try (PDDocument doc = Loader.loadPDF(pdf(canvas))) {
      String text = PdfExporterTest.text(doc);
      assertThat(text).contains(canvas.segments().get(0).name(),
          canvas.segments().get(499).name());
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
    }
  }

  @Test
  void aCanvasWithNothingInItExportsInBothLanguages() throws IOException {
    for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfExporter.export(Canvas.empty(), FindingLines.NONE, ExportOptions.of(l), out, p -> { });
      try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
        assertThat(PdfExporterTest.text(doc)).contains(l == Locale.FRENCH
            ? "Aucun segment n’est encore conquis" : "No segment is conquered");
      }
    }
  }
}
