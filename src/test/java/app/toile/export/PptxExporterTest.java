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
import java.io.ByteArrayInputStream;
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
  void theDeckIsSixteenByNineWithATitleTheCanvasStrategyEachSegmentAndTheRoadmap()
      throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.FRENCH)) {
      assertThat(show.getPageSize()).isEqualTo(new Dimension(960, 540));
      String title = PptxReader.text(show, 1, 1);
      assertThat(title).contains("Bureau Nomade — postes de travail à l’heure",
          "Conçu pour : Bureau Nomade SAS", "Conçu par : Élise Garçon", "v2 « après entretiens »");
      assertThat(PptxReader.text(show, 3, 3)).contains("Stratégie et marché");
      List<CustomerSegment> segments = canvas.segments();
      int previous = 3;
      for (int i = 0; i < segments.size(); i++) {
        int slide = PptxReader.slideWith(show, "Segment de clientèle " + (i + 1) + " sur 4");
        assertThat(slide).as(segments.get(i).name()).isGreaterThan(previous);
        assertThat(PptxReader.text(show, slide, slide)).contains(segments.get(i).name());
        previous = slide;
      }
      int paris = PptxReader.slideWith(show, "Segment de clientèle 1 sur 4");
      assertThat(PptxReader.text(show, paris, paris + 1)).contains("Cible prioritaire",
          "3 500 clients déjà gagnés", "Trouver tout de suite un endroit", "Âge : 25–45", "5/5",
          "Île-de-France");
      int last = show.getSlides().size();
      assertThat(PptxReader.text(show, last, last)).contains("Entrepreneurs à Paris",
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
  void aDroppedSegmentIsLeftOutOfThePresentationAndKeptInTheWorkingDeck() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    canvas = canvas.withSegments(canvas.segments().stream()
        .map(s -> s.id().equals(ExportFixtures.LILLE) ? s.withStatus(SegmentStatus.DROPPED) : s)
        .toList());
    try (XMLSlideShow show = PptxReader.export(canvas, Locale.ENGLISH)) {
      assertThat(PptxReader.text(show, 1, show.getSlides().size()))
          .doesNotContain("Entrepreneurs à Lille", "of 4").contains("Customer segment 3 of 3");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PptxExporter.export(canvas, FindingLines.validate(canvas, Locale.ENGLISH),
        ExportOptions.of(Locale.ENGLISH).withMode(ExportMode.WORKING), out, null);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(PptxReader.canvasText(show, "Customer segment 1 of 4"))
          .contains("Entrepreneurs à Lille");
      // Dropped, it comes last, after every segment still pursued.
      int lille = PptxReader.slideWith(show, "Customer segment 4 of 4");
      assertThat(PptxReader.text(show, lille, lille)).contains("Entrepreneurs à Lille",
          "Dropped", "Findings");
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
      assertThat(PptxReader.text(show, 3 + overflow, 3 + overflow))
          .contains("Strategy and market");
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
      int first = PptxReader.slideWith(show, "Segment de clientèle 1 sur 4");
      int next = PptxReader.slideWith(show, "Segment de clientèle 2 sur 4");
      assertThat(next - first).isGreaterThan(1);
      assertThat(PptxReader.text(show, first + 1, first + 1))
          .contains("Entrepreneurs à Paris (suite)");
      String segment = PptxReader.text(show, first, next - 1);
      for (int i = 1; i <= 400; i++) {
        assertThat(segment).contains("besoin" + i + " ");
      }
      assertThat(segment).contains("Profondeur de la douleur").doesNotContain("Constats");
      assertThat(PptxReader.text(show, next, next)).contains("Entrepreneurs à Lyon");
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
