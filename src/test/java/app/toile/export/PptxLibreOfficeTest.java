package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.SampleCatalog;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LibreOffice opens the deck of the largest sample and of a crowded canvas: it converts each to a
 * PDF with one page per slide and every segment's name, accents included. The pages are also
 * rendered to PNG in {@code target/pptx-check} to be looked at. Needs {@code libreoffice} (Debian:
 * {@code libreoffice-impress}, with {@code fonts-crosextra-carlito}) on the PATH, so it only runs
 * in the {@code pptx-check} profile: {@code ./mvnw -Ppptx-check test}.
 */
@Tag("libreoffice")
class PptxLibreOfficeTest {
  private static final Path OUT = Path.of("target", "pptx-check");

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void libreOfficeOpensTheDeckOfTheLargestSampleAndACrowdedCanvas(String language)
      throws IOException, InterruptedException {
    Locale locale = Locale.forLanguageTag(language);
    Canvas largest = SampleCatalog.all(locale).stream()
        .max(Comparator.comparingInt(s -> s.canvas().segments().size() + s.canvas().noteCount()))
        .orElseThrow().canvas();
    check(largest, "largest-" + language, locale);
    check(ExportFixtures.crowded(), "crowded-" + language, locale);
  }

  private static void check(Canvas canvas, String name, Locale locale)
      throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path pptx = OUT.resolve(name + ".pptx");
    try (OutputStream out = Files.newOutputStream(pptx)) {
      PptxExporter.export(canvas, FindingLines.validate(canvas, locale), ExportOptions.of(locale),
          out, null);
    }
    int slides;
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
      slides = show.getSlides().size();
    }
    Path profile = Files.createTempDirectory("toile-lo");
    Process lo = new ProcessBuilder("libreoffice", "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", OUT.toString(), pptx.toString())
        .redirectErrorStream(true).redirectOutput(OUT.resolve(name + ".log").toFile()).start();
    assertThat(lo.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    assertThat(lo.exitValue()).isZero();
    try (PDDocument pdf = Loader.loadPDF(OUT.resolve(name + ".pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(slides);
      String text = PptxReader.words(new PDFTextStripper().getText(pdf));
      for (CustomerSegment s : canvas.segments()) {
        assertThat(text).contains(PptxReader.words(s.name()));
      }
      PDFRenderer renderer = new PDFRenderer(pdf);
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, 60);
        ImageIO.write(image, "png", OUT.resolve(name + "-" + (i + 1) + ".png").toFile());
      }
    }
  }
}
