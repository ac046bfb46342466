package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A working document reads as what a segment has: unset fields are named together, once per
 * section, an unticked box is a plain no, and a dropped segment keeps its page; a presentation
 * leaves the dropped segment and every unset field out.
 */
class WorkingDocumentTest {

  private static Canvas canvas() {
    Canvas canvas = ExportFixtures.bureauNomade();
    CustomerSegment paris = canvas.segments().get(0);
    CustomerSegment lille = canvas.segments().stream()
        .filter(s -> s.id().equals(ExportFixtures.LILLE)).findFirst().orElseThrow();
    return canvas.withSegment(paris.withConquest(Conquest.EMPTY.withProductMarketFit(false)))
        .withSegment(lille.withStatus(SegmentStatus.DROPPED));
  }

  private static String text(Canvas canvas, ExportMode mode, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, FindingLines.validate(canvas, locale),
        ExportOptions.of(locale).withMode(mode), out, null);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      return PdfExporterTest.words(PdfExporterTest.text(doc)).replace('\u00A0', ' ');
    }
  }

  @Test
  void unsetFieldsAreNamedInOneLineAndAnUntickedBoxIsANo() throws IOException {
    String en = text(canvas(), ExportMode.WORKING, Locale.ENGLISH);
    assertThat(en).contains("Product-market fit reached: No",
        "Not set: retention worked on, acquisition, conversion, retention, loyalty",
        "Entrepreneurs à Lille", "Findings")
        .doesNotContain("Product-market fit reached: Not set");
    String fr = text(canvas(), ExportMode.WORKING, Locale.FRENCH);
    assertThat(fr).contains("Adéquation produit-marché atteinte : Non", "Non renseigné : ");
  }

  @Test
  void aPresentationLeavesTheDroppedSegmentAndUnsetFieldsOut() throws IOException {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      String text = text(canvas(), ExportMode.PRESENTATION, locale);
      assertThat(text).doesNotContain("Entrepreneurs à Lille", "Not set", "Non renseigné",
          "Findings", "Constats", " of 4", " sur 4");
      assertThat(text).containsAnyOf("Customer segment 3 of 3", "Segment de clientèle 3 sur 3");
    }
  }
}
