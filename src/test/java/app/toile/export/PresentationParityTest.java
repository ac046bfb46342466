package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.i18n.Texts;
import app.toile.io.SampleCatalog;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presentation says the same in the PDF and in the deck, for every sample in both languages.
 * The same texts: every note, and for every pursued segment its name and need; the strategy's
 * name and explanation, the market's domain and every line of the free notes. The same
 * numbering: "segment i of n" heads the same segment's page and slide, with n the pursued
 * segments, and no dropped segment's name appears in either. And neither ever says "Not set".
 */
class PresentationParityTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void thePresentationPdfAndTheDeckCarryTheSameTextsAndNumbering(String language)
      throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    Texts texts = Texts.of("export", locale);
    Texts labels = Texts.labels(locale);
    for (SampleCatalog.Sample sample : SampleCatalog.all(locale)) {
      Canvas canvas = sample.canvas();
      Document pdf = pdf(canvas, locale);
      Document deck = deck(canvas, locale);
      for (String expected : sharedTexts(canvas, labels, texts)) {
        assertThat(pdf.all()).as(sample.name() + " PDF").contains(words(expected));
        assertThat(deck.all()).as(sample.name() + " deck").contains(words(expected));
      }
      List<CustomerSegment> pursued = new TaggedSegments(Presented.canvas(canvas)).ordered();
      for (int i = 0; i < pursued.size(); i++) {
        String number = words(texts.get("segmentNumber", i + 1, pursued.size()));
        String name = words(pursued.get(i).name());
        assertThat(pdf.partWith(number)).as(sample.name() + " PDF " + number).contains(name);
        assertThat(deck.partWith(number)).as(sample.name() + " deck " + number).contains(name);
      }
      String beyond = words(texts.get("segmentNumber", pursued.size() + 1, pursued.size() + 1));
      for (Document d : List.of(pdf, deck)) {
        assertThat(d.all()).as(sample.name()).doesNotContain(beyond,
            words(labels.get("unset")), words(texts.get("findings")));
        for (CustomerSegment s : canvas.segments()) {
          if (!app.toile.model.SegmentStatus.isActive(s.status())) {
            assertThat(d.all()).as(sample.name() + " dropped").doesNotContain(words(s.name()));
          }
        }
      }
    }
  }

  /** What both documents must carry, worded as they word it. */
  private static List<String> sharedTexts(Canvas canvas, Texts labels, Texts texts) {
    List<String> shared = new ArrayList<>();
    for (Block b : Block.noteBlocks()) {
      for (Note n : canvas.notes(b)) {
        shared.add(n.text());
      }
    }
    for (CustomerSegment s : Presented.canvas(canvas).segments()) {
      shared.add(s.name());
      if (s.need() != null && !s.need().isBlank()) {
        shared.add(s.need());
      }
    }
    if (canvas.strategy() != null) {
      shared.add(labels.of("strategy", canvas.strategy()));
      shared.add(texts.get("strategy." + canvas.strategy().name()));
    }
    if (canvas.market().domain() != null) {
      shared.add(labels.of("marketDomain", canvas.market().domain()));
    }
    if (canvas.freeNotes() != null) {
      for (String line : canvas.freeNotes().split("\\R")) {
        if (!line.isBlank()) {
          shared.add(line.strip());
        }
      }
    }
    return shared;
  }

  /** The text of a document, page by page (or slide by slide), in words. */
  private record Document(List<String> parts) {

    String all() {
      return String.join(" ", parts);
    }

    /** The first page holding {@code text}; empty when none does. */
    String partWith(String text) {
      return parts.stream().filter(p -> p.contains(text)).findFirst().orElse("");
    }
  }

  private static Document pdf(Canvas canvas, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfExporter.export(canvas, FindingLines.validate(canvas, locale),
        ExportOptions.of(locale).withMode(ExportMode.PRESENTATION), out, null);
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        pages.add(words(PdfExporterTest.textOf(doc, i, i)));
      }
    }
    return new Document(pages);
  }

  private static Document deck(Canvas canvas, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // A deck presents without being told.
    PptxExporter.export(canvas, FindingLines.validate(canvas, locale), ExportOptions.of(locale),
        out, null);
    List<String> slides = new ArrayList<>();
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
      for (int i = 1; i <= show.getSlides().size(); i++) {
        slides.add(words(PptxReader.text(show, i, i)));
      }
    }
    return new Document(slides);
  }

  /** Every run of spaces, no-break ones included, made one space. */
  private static String words(String s) {
    return s.replaceAll("[\\s\u00A0\u202F]+", " ").strip();
  }
}
