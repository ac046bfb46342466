package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class FindingLinesTest {

  @Test
  void validationFindingsGoToTheirSegmentWithTheirSeverity() {
    FindingLines lines = FindingLines.validate(ExportFixtures.bureauNomade(), Locale.FRENCH);
    assertThat(lines.of(ExportFixtures.GROUPS)).anySatisfy(line -> assertThat(line)
        .startsWith("Info\u00a0: ").contains("Grands groupes en télétravail", "(2/5)"));
    assertThat(lines.of(ExportFixtures.PARIS)).isEmpty();
    assertThat(lines.aboutCanvas()).isEmpty();
  }

  @Test
  void findingsAboutTheWholeCanvasAreKeptApart() {
    FindingLines lines = FindingLines.validate(Canvas.empty(), Locale.ENGLISH);
    assertThat(lines.bySegment()).isEmpty();
    assertThat(lines.aboutCanvas()).anySatisfy(l -> assertThat(l).startsWith("Error: "))
        .anySatisfy(l -> assertThat(l).startsWith("Info: "));
  }

  @Test
  void theExportPrintsThem() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, FindingLines.validate(canvas, Locale.FRENCH),
        ExportOptions.of(Locale.FRENCH), out, null);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String groupes = PdfExporterTest.words(PdfExporterTest.textOf(doc, 5, 5));
      assertThat(groupes).contains("Grands groupes en télétravail", "Constats",
          "correspond mal à votre mission (2/5)");
    }
  }
}
