package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

/** The parts an export holds besides the canvas page: segment pages, roadmap, findings. */
class ExportPartsTest {
  private final Canvas canvas = ExportFixtures.bureauNomade();
  private final FindingLines findings = new FindingLines(
      java.util.Map.of(canvas.segments().get(0).id(), java.util.List.of("Remark on the first segment")),
      java.util.List.of("Remark on the whole canvas"));

  private PDDocument pdf(EnumSet<ExportPart> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, findings, new ExportOptions(Paper.A4, Locale.ENGLISH, parts), out,
        p -> { });
    return Loader.loadPDF(out.toByteArray());
  }

  @Test
  void everyPartByDefault() {
    assertThat(new ExportOptions(Paper.A3, Locale.FRENCH).parts()).isEqualTo(ExportPart.all());
  }

  @Test
  void theCanvasPageAloneWhenNothingElseIsAsked() throws IOException {
    try (PDDocument all = pdf(EnumSet.allOf(ExportPart.class));
        PDDocument alone = pdf(EnumSet.noneOf(ExportPart.class))) {
      assertThat(all.getNumberOfPages()).isGreaterThanOrEqualTo(canvas.segments().size() + 2);
      assertThat(alone.getNumberOfPages()).isEqualTo(1);
      assertThat(PdfExporterTest.text(alone)).contains("Business Model Canvas")
          .doesNotContain("Conquered segments first");
    }
  }

  @Test
  void withoutTheRoadmapOrTheFindings() throws IOException {
    try (PDDocument all = pdf(EnumSet.allOf(ExportPart.class));
        PDDocument noRoadmap = pdf(EnumSet.of(ExportPart.SEGMENT_PAGES, ExportPart.FINDINGS));
        PDDocument noFindings = pdf(EnumSet.of(ExportPart.SEGMENT_PAGES, ExportPart.ROADMAP))) {
      assertThat(noRoadmap.getNumberOfPages()).isLessThan(all.getNumberOfPages());
      String with = PdfExporterTest.words(PdfExporterTest.text(all));
      String without = PdfExporterTest.words(PdfExporterTest.text(noFindings));
      assertThat(with).contains("Remark on the first segment", "Remark on the whole canvas");
      assertThat(without).doesNotContain("Remark on");
    }
  }

  @Test
  void aDeckWithoutSegmentSlidesNorRoadmapHasTheTitleCanvasAndStrategySlides()
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PptxExporter.export(canvas, findings,
        new ExportOptions(null, Locale.ENGLISH, EnumSet.noneOf(ExportPart.class)), out, p -> { });
    try (XMLSlideShow show = new XMLSlideShow(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      assertThat(show.getSlides()).hasSize(3);
    }
  }
}
