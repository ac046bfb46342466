package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.export.layout.BlockPlan;
import app.toile.export.layout.Box;
import app.toile.export.layout.CanvasLayout;
import app.toile.export.layout.CanvasPlan;
import app.toile.export.layout.PlacedCard;
import app.toile.export.layout.PosterHeader;
import app.toile.generate.CanvasGenerator;
import app.toile.generate.GeneratorSettings;
import app.toile.i18n.Texts;
import app.toile.io.SampleCatalog;
import app.toile.model.Block;
import app.toile.model.Canvas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canvas page as the poster: one note size, blocks that fit or overflow, tags and legend. */
class PosterPageTest {

  private static List<Canvas> canvases(Locale locale) {
    List<Canvas> all = new ArrayList<>();
    SampleCatalog.all(locale).forEach(s -> all.add(s.canvas()));
    all.add(ExportFixtures.bureauNomade());
    all.add(ExportFixtures.crowded());
    all.add(ExportFixtures.odd());
    all.add(CanvasGenerator.generate(new GeneratorSettings(25, 150, 3, false)));
    return all;
  }

  private static CanvasPlan plan(Canvas canvas, Locale locale, PDDocument doc) throws IOException {
    CanvasContent content = new CanvasContent(canvas, Texts.labels(locale),
        Texts.of("export", locale));
    return CanvasLayout.poster(Paper.A4.width(), Paper.A4.height(), content.header(),
        content.blocks(), content.legendLabel(), content.legend(), PdfFonts.load(doc));
  }

  /** The poster plans of every canvas of {@link #canvases}, in a language. */
  private static List<CanvasPlan> plans(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    List<CanvasPlan> plans = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      for (Canvas canvas : canvases(locale)) {
        plans.add(plan(canvas, locale, doc));
      }
    }
    return plans;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyNoteOfThePageHasOneSizeNeverBelowTheFloorAndUnderTheBlockTitles(String language)
      throws IOException {
    for (CanvasPlan plan : plans(language)) {
      float size = plan.noteSize();
      for (BlockPlan b : plan.blocks().values()) {
        for (PlacedCard c : b.cards()) {
          assertThat(c.size()).as(b.block().name()).isEqualTo(size);
        }
        assertThat(b.titleSize()).isGreaterThan(size);
      }
      assertThat(size).isBetween(CanvasLayout.MIN_SIZE, CanvasLayout.POSTER_MAX_SIZE);
      assertThat(plan.header().titleSize()).isGreaterThan(CanvasLayout.POSTER_TITLE_SIZE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyBlockHoldsItsCardsInsideItsFrameAndOverflowsOnlyAtTheFloor(String language)
      throws IOException {
    for (CanvasPlan plan : plans(language)) {
      for (BlockPlan b : plan.blocks().values()) {
        for (PlacedCard c : b.cards()) {
          assertThat(inside(c.box(), b.box())).as(b.block().name()).isTrue();
        }
        if (b.overflows()) {
          // A smaller size above the floor would have been taken: no note goes to another page
          // while one fits.
          assertThat(b.size()).isEqualTo(CanvasLayout.MIN_SIZE);
          assertThat(inside(b.mark(), b.box())).isTrue();
        }
      }
      if (plan.overflows()) {
        assertThat(plan.noteSize()).isEqualTo(CanvasLayout.MIN_SIZE);
      }
    }
  }

  @Test
  void aSparseCanvasGetsTheLargestNotesAndTheSamplesFillTheirBlocks() throws IOException {
    Canvas sparse = Canvas.empty().withSegments(ExportFixtures.bureauNomade().segments());
    try (PDDocument doc = new PDDocument()) {
      assertThat(plan(sparse, Locale.ENGLISH, doc).noteSize())
          .isEqualTo(CanvasLayout.POSTER_MAX_SIZE);
      Canvas paris = SampleCatalog.all(Locale.FRENCH).stream()
          .filter(s -> s.name().contains("paris")).findFirst().orElseThrow().canvas();
      // Set larger than the 9 pt the canvas page had before the poster.
      assertThat(plan(paris, Locale.FRENCH, doc).noteSize()).isGreaterThan(10f);
    }
  }

  @Test
  void theHeaderShowsEveryFieldInItsBoxEvenUnset() throws IOException {
    Canvas untitled = Canvas.empty();
    try (PDDocument doc = new PDDocument()) {
      PosterHeader.Plan header = plan(untitled, Locale.FRENCH, doc).header();
      assertThat(header.fields()).extracting(PosterHeader.PlacedField::label)
          .containsExactly("Conçu pour", "Conçu par", "Date", "Version");
      assertThat(header.fields()).allMatch(f -> f.valueLines().isEmpty());
      PosterHeader.Plan full = plan(ExportFixtures.bureauNomade(), Locale.FRENCH, doc).header();
      assertThat(full.fields().get(0).valueLines()).containsExactly("Bureau Nomade SAS");
      assertThat(full.fields().get(2).valueLines()).containsExactly("23 novembre 2026");
    }
  }

  @Test
  void notesShowTheirSegmentsTagsAndThePageCarriesTheirLegend() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    try (PDDocument doc = Loader.loadPDF(PdfExporterTest.pdf(canvas,
        ExportOptions.of(Locale.FRENCH), "poster-tags"))) {
      String page = PdfExporterTest.words(PdfExporterTest.textOf(doc, 1, 1));
      assertThat(page).contains("S1", "S2", "S3", "S4", "Segments");
      SegmentTags tags = SegmentTags.of(canvas);
      for (SegmentTags.Tag t : tags.all()) {
        // The legend: each tag before its segment's name.
        assertThat(page).contains(t.text() + " " + PdfExporterTest.words(t.segment().name()));
      }
    }
  }

  @Test
  void theSegmentsBlockListsTheSegmentsInTheOrderOfTheirTags() {
    Canvas canvas = Canvas.empty().withSegments(List.of(
        app.toile.model.CustomerSegment.named("a", "Card holders")
            .withStatus(app.toile.model.SegmentStatus.FOCUS),
        app.toile.model.CustomerSegment.named("b", "Old idea")
            .withStatus(app.toile.model.SegmentStatus.DROPPED),
        app.toile.model.CustomerSegment.named("c", "Merchants")
            .withStatus(app.toile.model.SegmentStatus.CONQUERED)));
    CanvasContent content = new CanvasContent(canvas, Texts.labels(Locale.ENGLISH),
        Texts.of("export", Locale.ENGLISH));

    assertThat(content.blocks().get(Block.CUSTOMER_SEGMENTS).cards())
        .extracting(c -> c.mark().tag() + " " + c.title())
        .containsExactly("S1 Merchants", "S2 Card holders", "X1 Old idea");
  }

  @Test
  void overflowPagesCarryTheLegendOfTheirChips() throws IOException {
    Canvas canvas = CanvasGenerator.generate(new GeneratorSettings(25, 400, 3, false));
    ExportOptions options = new ExportOptions(Paper.A4, Locale.ENGLISH, java.util.Set.of());
    try (PDDocument doc = Loader.loadPDF(PdfExporterTest.pdf(canvas, options, "poster-legend"))) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        String page = PdfExporterTest.textOf(doc, p, p);
        if (page.matches("(?s).*\\bS\\d+\\b.*")) {
          assertThat(page).as("page " + p).contains("Segments");
        }
      }
      assertThat(PdfExporterTest.textOf(doc, 1, 1)).contains("continued on pp.\u00a02\u2013");
    }
  }

  @Test
  void anA1PosterIsTheA4PageGrown() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    String a4;
    String a1;
    float a1Width;
    try (PDDocument doc = Loader.loadPDF(pdf(canvas, Paper.A4))) {
      a4 = PdfExporterTest.textOf(doc, 1, 1);
    }
    try (PDDocument doc = Loader.loadPDF(pdf(canvas, Paper.A1))) {
      a1 = PdfExporterTest.textOf(doc, 1, 1);
      a1Width = doc.getPage(0).getMediaBox().getWidth();
    }
    assertThat(a1Width).isEqualTo(Paper.A1.width());
    assertThat(a1).isEqualTo(a4);
    assertThat(Paper.A1.scale()).isCloseTo((float) (2 * Math.sqrt(2)), org.assertj.core.data
        .Offset.offset(0.01f));
  }

  private static byte[] pdf(Canvas canvas, Paper paper) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, FindingLines.NONE, new ExportOptions(paper, Locale.FRENCH), out,
        null);
    return out.toByteArray();
  }

  private static boolean inside(Box inner, Box outer) {
    float e = 0.01f;
    return inner.x() >= outer.x() - e && inner.y() >= outer.y() - e
        && inner.right() <= outer.right() + e && inner.bottom() <= outer.bottom() + e;
  }
}
