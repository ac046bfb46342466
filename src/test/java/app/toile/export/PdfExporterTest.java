package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.assertj.core.data.Offset;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfExporterTest {

  /** Exports and keeps a copy in target/export for a look with pdftoppm. */
  static byte[] pdf(Canvas canvas, ExportOptions options, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, FindingLines.NONE, options, out, p -> { });
    Path dir = Path.of("target", "export");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), out.toByteArray());
    return out.toByteArray();
  }

  static String text(PDDocument doc) throws IOException {
    return new PDFTextStripper().getText(doc);
  }

  /** Text extraction breaks lines where the layout wrapped them: compare words, not lines. */
  static String words(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void everyNoteAndEverySegmentNameIsInTheText() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    try (PDDocument doc = Loader.loadPDF(pdf(canvas, ExportOptions.of(Locale.FRENCH), "fr"))) {
      String page1 = words(textOf(doc, 1, 1));
      for (Block b : Block.noteBlocks()) {
        for (Note n : canvas.notes(b)) {
          assertThat(page1).contains(words(n.text()));
        }
      }
      for (CustomerSegment s : canvas.segments()) {
        assertThat(page1).contains(s.name());
      }
      assertThat(page1).contains("Partenaires clés", "Segments de clientèle",
          "Bureau Nomade — postes de travail à l’heure", "Élise Garçon");
    }
  }

  @Test
  void thereIsOnePagePerSegmentThenTheRoadmap() throws IOException {
    Canvas canvas = ExportFixtures.bureauNomade();
    try (PDDocument doc = Loader.loadPDF(pdf(canvas, ExportOptions.of(Locale.FRENCH), "fr"))) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1 + 4 + 1);
      for (int i = 0; i < 4; i++) {
        String page = words(textOf(doc, i + 2, i + 2));
        CustomerSegment s = canvas.segments().get(i);
        assertThat(page).contains(s.name(), "Segment de clientèle " + (i + 1) + " sur 4",
            "Besoin ou douleur", words(s.need()));
      }
      String roadmap = words(textOf(doc, 6, 6));
      assertThat(roadmap).contains("Feuille de route d’expansion");
      assertThat(roadmap.indexOf("Entrepreneurs à Paris"))
          .isLessThan(roadmap.indexOf("Entrepreneurs à Lyon"));
      assertThat(roadmap.indexOf("Entrepreneurs à Lyon"))
          .isLessThan(roadmap.indexOf("Entrepreneurs à Lille"));
      assertThat(roadmap).contains("Clients gagnés au total\u00a0: 3\u202f500");
    }
  }

  @Test
  void everyPageHasAFooterWithItsNumberAndTheAttribution() throws IOException {
    try (PDDocument doc = Loader.loadPDF(
        pdf(ExportFixtures.bureauNomade(), ExportOptions.of(Locale.ENGLISH), "en"))) {
      int n = doc.getNumberOfPages();
      for (int i = 1; i <= n; i++) {
        assertThat(textOf(doc, i, i)).contains("page " + i + " of " + n,
            "\"The Business Model Canvas\" by Strategyzer AG, CC BY-SA 3.0");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void pagesAreLandscapeInTheChosenPaper(Paper paper) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ExportFixtures.bureauNomade(),
        new ExportOptions(paper, Locale.ENGLISH), "paper-" + paper))) {
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(paper.width(), offset());
        assertThat(page.getMediaBox().getHeight()).isCloseTo(paper.height(), offset());
        assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
      }
    }
  }

  @Test
  void paperSizesAreTheStandardOnesInMillimetres() {
    assertThat(millimetres(Paper.A4)).containsExactly(297, 210);
    assertThat(millimetres(Paper.A3)).containsExactly(420, 297);
    assertThat(millimetres(Paper.LETTER)).containsExactly(279, 216);
    assertThat(Paper.parse(" letter ")).isEqualTo(Paper.LETTER);
    assertThat(Paper.parse("a5")).isNull();
  }

  private static int[] millimetres(Paper p) {
    return new int[] {Math.round(p.width() / 72 * 25.4f), Math.round(p.height() / 72 * 25.4f)};
  }

  private static Offset<Float> offset() {
    return Offset.offset(0.01f);
  }

  @Test
  void aBlockThatHoldsTooMuchContinuesOnAnOverflowPage() throws IOException {
    Canvas canvas = ExportFixtures.crowded();
    try (PDDocument doc = Loader.loadPDF(pdf(canvas, ExportOptions.of(Locale.FRENCH), "crowded"))) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(6);
      int overflowPages = doc.getNumberOfPages() - 6;
      // The mark names every page the block runs over, in French typography.
      assertThat(textOf(doc, 1, 1)).contains(overflowPages == 1 ? "suite p.\u00a02 →"
          : "suite p.\u00a02\u2013" + (1 + overflowPages) + " →");
      String all = words(text(doc));
      for (Note n : canvas.notes(Block.KEY_PARTNERS)) {
        assertThat(all).contains(words(n.text()));
      }
      assertThat(words(textOf(doc, 2, 1 + overflowPages))).contains("Partenaires clés (suite)",
          "Partenaire numéro 60 ");
      assertThat(textOf(doc, 2 + overflowPages, 2 + overflowPages))
          .contains("Entrepreneurs à Paris");
    }
  }

  @Test
  void textIsInAnEmbeddedSubsetOfLiberationSansAndIconsOfFeather() throws IOException {
    try (PDDocument doc = Loader.loadPDF(
        pdf(ExportFixtures.bureauNomade(), ExportOptions.of(Locale.FRENCH), "fr"))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(f -> {
        assertThat(f).isInstanceOf(PDType0Font.class);
        assertThat(f.isEmbedded()).isTrue();
        assertThat(f.getName()).matches("[A-Z]{6}\\+(LiberationSans(-Bold)?|FeatherIcons)");
      });
    }
  }

  @Test
  void metadataNamesTheCanvasItsAuthorAndToile() throws IOException {
    try (PDDocument doc = Loader.loadPDF(
        pdf(ExportFixtures.bureauNomade(), ExportOptions.of(Locale.FRENCH), "fr"))) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Bureau Nomade — postes de travail à l’heure");
      assertThat(info.getAuthor()).isEqualTo("Élise Garçon");
      assertThat(info.getSubject()).contains("Bureau Nomade SAS");
      assertThat(info.getCreator()).isEqualTo("Toile");
      assertThat(info.getProducer()).startsWith("Toile ");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr");
    }
  }

  @Test
  void frenchAccentsAndTypographyRoundTripThroughTextExtraction() throws IOException {
    String special = "Été à Noël : garçon, œuvre, « déjà vu », 1\u202F200 €, très cher";
    Canvas canvas = Canvas.empty().withNotes(Block.VALUE_PROPOSITIONS,
        List.of(Note.of("n1", special)));
    try (PDDocument doc = Loader.loadPDF(pdf(canvas, ExportOptions.of(Locale.FRENCH), "accents"))) {
      assertThat(words(textOf(doc, 1, 1))).contains(special);
    }
  }

  @Test
  void charactersTheFontLacksArePrintedAsAQuestionMarkNotAnError() throws IOException {
    Canvas canvas = Canvas.empty().withNotes(Block.CHANNELS,
        List.of(Note.of("n1", "Fusée \uD83D\uDE80 et 漢字\tfin")));
    try (PDDocument doc = Loader.loadPDF(pdf(canvas, ExportOptions.of(Locale.FRENCH), "missing"))) {
      assertThat(textOf(doc, 1, 1)).contains("Fusée ? et ?? fin");
    }
  }

  @Test
  void anEmptyBlockShowsItsGuidingQuestion() throws IOException {
    try (PDDocument doc = Loader.loadPDF(
        pdf(Canvas.empty(), ExportOptions.of(Locale.ENGLISH), "empty"))) {
      String page1 = words(textOf(doc, 1, 1));
      assertThat(page1).contains("Untitled canvas",
          "For whom are we creating value? Who are our most important customers?",
          "What are the most important costs in our business model?");
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
    }
  }

  @Test
  void findingsArePrintedOnTheirSegmentPageAndThoseAboutTheCanvasOnTheRoadmap() throws IOException {
    FindingLines findings = new FindingLines(Map.of(ExportFixtures.LILLE,
        List.of("Avertissement : aucune note de Propositions de valeur ne le sert")),
        List.of("Info : la stratégie de segmentation n’est pas choisie"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(ExportFixtures.bureauNomade(), findings, ExportOptions.of(Locale.FRENCH),
        out, p -> { });
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertThat(words(textOf(doc, 4, 4))).contains("Constats",
          "aucune note de Propositions de valeur ne le sert");
      assertThat(words(textOf(doc, 2, 2))).contains("Aucun constat.");
      assertThat(words(textOf(doc, 6, 6))).contains("Constats",
          "la stratégie de segmentation n’est pas choisie");
    }
  }

  @Test
  void progressRisesToOne() throws IOException {
    List<Double> seen = new ArrayList<>();
    PdfExporter.export(ExportFixtures.bureauNomade(), FindingLines.NONE,
        ExportOptions.of(Locale.ENGLISH), new ByteArrayOutputStream(), seen::add);
    assertThat(seen).isSorted().last().isEqualTo(1.0);
    assertThat(seen).hasSizeGreaterThan(4).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
  }

  static String textOf(PDDocument doc, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(doc);
  }
}
