package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

class PptxExporterTest {

  @Test
  void theDeckIsSixteenByNineWithATitleTheCanvasEachSegmentAndTheRoadmap() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.FRENCH)) {
      assertThat(show.getPageSize()).isEqualTo(new Dimension(960, 540));
      assertThat(show.getSlides()).hasSize(1 + 1 + 4 + 1);
      String title = PptxReader.text(show, 1, 1);
      assertThat(title).contains("Bureau Nomade — postes de travail à l’heure",
          "Conçu pour : Bureau Nomade SAS", "Conçu par : Élise Garçon", "v2 « après entretiens »");
      List<CustomerSegment> segments = canvas.segments();
      for (int i = 0; i < segments.size(); i++) {
        assertThat(PptxReader.text(show, 3 + i, 3 + i)).as(segments.get(i).name())
            .contains(segments.get(i).name(), "Segment de clientèle " + (i + 1) + " sur 4");
      }
      assertThat(PptxReader.text(show, 3, 3)).contains("Cible prioritaire · 3 500 clients", "Trouver tout de suite un endroit",
          "Âge : 25–45", "5/5", "Île-de-France");
      assertThat(PptxReader.text(show, 7, 7)).contains("Entrepreneurs à Paris",
          "Entrepreneurs à Lyon", "Entrepreneurs à Lille", "Grands groupes en télétravail");
    }
  }

  @Test
  void theCanvasSlideHoldsEveryNoteAsItsOwnShapeAndEverySegment() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.FRENCH)) {
      List<String> shapes = new ArrayList<>();
      for (XSLFTextShape t : PptxReader.textShapes(show.getSlides().get(1))) {
        shapes.add(PptxReader.words(t.getText()));
      }
      for (Block b : Block.noteBlocks()) {
        for (Note n : canvas.notes(b)) {
          assertThat(shapes).as(n.text()).contains(PptxReader.words(n.text()));
        }
      }
      String all = PptxReader.text(show, 2, 2);
      for (CustomerSegment s : canvas.segments()) {
        assertThat(all).contains(s.name());
      }
      assertThat(all).contains("1 200 € par an", "Propositions de valeur");
    }
  }

  @Test
  void aDroppedSegmentHasNoSlideButStaysOnTheCanvas() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    canvas = canvas.withSegments(canvas.segments().stream()
        .map(s -> s.id().equals(ExportFixtures.LILLE) ? s.withStatus(SegmentStatus.DROPPED) : s)
        .toList());
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.ENGLISH)) {
      assertThat(show.getSlides()).hasSize(1 + 1 + 3 + 1);
      assertThat(PptxReader.text(show, 2, 2)).contains("Entrepreneurs à Lille");
      assertThat(PptxReader.text(show, 3, 5)).doesNotContain("Entrepreneurs à Lille")
          .contains("Customer segment 3 of 3");
    }
  }

  @Test
  void notesThatDoNotFitContinueOnOverflowSlidesAndNoneIsLost() throws IOException {
    Canvas canvas = ExportFixtures.crowded();
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.ENGLISH)) {
      String canvasSlide = PptxReader.text(show, 2, 2);
      assertThat(canvasSlide).contains("continued on slide 3");
      int overflow = 0;
      while (PptxReader.text(show, 3 + overflow, 3 + overflow).contains("(continued)")) {
        overflow++;
      }
      assertThat(overflow).isPositive();
      String canvasAndOverflow = PptxReader.text(show, 2, 2 + overflow).replace(" ", "");
      for (Block b : Block.noteBlocks()) {
        for (Note n : canvas.notes(b)) {
          String note = PptxReader.words(n.text()).replace(" ", "");
          assertThat(canvasAndOverflow.contains(note)).as(n.text()).isTrue();
        }
      }
      assertThat(show.getSlides())
          .hasSize(2 + overflow + PptxExporter.active(canvas).size() + 1);
    }
  }

  @Test
  void aSegmentWithMoreThanASlideOfTextContinuesOnSlidesMarkedContinued() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    StringBuilder need = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      need.append("besoin").append(i).append(" à l’écart ");
    }
    canvas = canvas.withSegment(canvas.segments().get(0).withNeed(need.toString().strip()));
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.FRENCH)) {
      int extra = show.getSlides().size() - 7;
      assertThat(extra).isPositive();
      assertThat(PptxReader.text(show, 4, 4)).contains("Entrepreneurs à Paris (suite)");
      String segment = PptxReader.text(show, 3, 3 + extra);
      for (int i = 1; i <= 400; i++) {
        assertThat(segment).contains("besoin" + i + " ");
      }
      assertThat(segment).contains("Profondeur de la douleur", "Aucun constat.");
      assertThat(PptxReader.text(show, 4 + extra, 4 + extra)).contains("Entrepreneurs à Lyon");
    }
  }

  @Test
  void everyShapeLiesOnItsSlideAndEveryRunIsInArial() throws IOException {
    for (Canvas canvas : List.of(ExportFixtures.bureauNomade(), ExportFixtures.crowded())) {
      try (XMLSlideShow show = PptxReader.export(canvas, Locale.FRENCH)) {
        for (XSLFSlide slide : show.getSlides()) {
          for (XSLFShape shape : slide.getShapes()) {
            Rectangle2D a = shape.getAnchor();
            assertThat(a.getMinX()).isGreaterThanOrEqualTo(-3.01);
            assertThat(a.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(a.getMaxX()).isLessThanOrEqualTo(960);
            assertThat(a.getMaxY()).isLessThanOrEqualTo(540);
          }
          for (XSLFTextShape t : PptxReader.textShapes(slide)) {
            for (XSLFTextParagraph p : t.getTextParagraphs()) {
              for (XSLFTextRun r : p.getTextRuns()) {
                assertThat(r.getFontFamily()).isEqualTo("Arial");
              }
            }
          }
        }
      }
    }
  }

  @Test
  void progressEndsAtOneAndAnInterruptedExportStops() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    List<Double> seen = new ArrayList<>();
    PptxExporter.export(canvas, FindingLines.NONE, ExportOptions.of(Locale.ENGLISH),
        new ByteArrayOutputStream(), seen::add);
    assertThat(seen).isSorted().last().isEqualTo(1.0);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> PptxExporter.export(canvas, FindingLines.NONE,
          ExportOptions.of(Locale.ENGLISH), new ByteArrayOutputStream(), null))
          .isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
