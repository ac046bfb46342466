package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Node;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PngExporterTest {

  @ParameterizedTest
  @EnumSource(Paper.class)
  void theImageIsTheCanvasPageAtTwiceItsSizeInPoints(Paper paper) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Double> progress = new ArrayList<>();
    PngExporter.export(ExportFixtures.bureauNomade(), FindingLines.NONE,
        new ExportOptions(paper, Locale.FRENCH), out, progress::add);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    // The renderer drops the fraction of a pixel: A4 is 841.89 pt wide, so 1683 pixels.
    assertThat(image.getWidth()).isEqualTo((int) (paper.width() * 2));
    assertThat(image.getHeight()).isEqualTo((int) (paper.height() * 2));
    assertThat(progress).isSorted().last().isEqualTo(1.0);
    // The page is not blank: the yellow of the first value proposition's note is drawn.
    assertThat(containsColour(image, 0xFFF1A8)).isTrue();
    Path dir = Path.of("target", "export");
    Files.createDirectories(dir);
    Files.write(dir.resolve("canvas-" + paper + ".png"), out.toByteArray());
  }

  @Test
  void theImageIsDrawnWithTheEmbeddedFontsNeverTheSystemOnes() throws IOException {
    List<String> asked = new ArrayList<>();
    FontMapper system = FontMappers.instance();
    FontMappers.set(new FontMapper() {
      @Override
      public FontMapping<TrueTypeFont> getTrueTypeFont(String name, PDFontDescriptor d) {
        asked.add(name);
        return system.getTrueTypeFont(name, d);
      }

      @Override
      public FontMapping<FontBoxFont> getFontBoxFont(String name, PDFontDescriptor d) {
        asked.add(name);
        return system.getFontBoxFont(name, d);
      }

      @Override
      public CIDFontMapping getCIDFont(String name, PDFontDescriptor d, PDCIDSystemInfo info) {
        asked.add(name);
        return system.getCIDFont(name, d, info);
      }
    });
    try {
      PngExporter.export(ExportFixtures.bureauNomade(), FindingLines.NONE,
          ExportOptions.of(Locale.FRENCH), new ByteArrayOutputStream(), null);
    } finally {
      FontMappers.set(system);
    }
    assertThat(asked).isEmpty();
  }

  @Test
  void theImageRecordsItsResolutionAndHasNoPageFooter() throws IOException {
    for (int dpi : new int[] {PngExporter.DPI, 300}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PngExporter.export(ExportFixtures.bureauNomade(), FindingLines.NONE,
          ExportOptions.of(Locale.ENGLISH).withDpi(dpi), out, null);
      try (ImageInputStream in = ImageIO.createImageInputStream(
          new ByteArrayInputStream(out.toByteArray()))) {
        ImageReader reader = ImageIO.getImageReaders(in).next();
        reader.setInput(in);
        assertThat(dpiOf(reader.getImageMetadata(0))).isEqualTo(dpi);
        assertThat(reader.getWidth(0)).isEqualTo((int) (Paper.A4.width() * dpi / 72));
        reader.dispose();
      }
    }
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    PdfExporter.canvasPage(ExportFixtures.bureauNomade(), ExportOptions.of(Locale.ENGLISH), page,
        p -> { });
    try (PDDocument doc = Loader.loadPDF(page.toByteArray())) {
      String text = PdfExporterTest.textOf(doc, 1, 1);
      assertThat(text).contains("Strategyzer").doesNotContain("page 1 of");
    }
    ByteArrayOutputStream crowded = new ByteArrayOutputStream();
    PdfExporter.canvasPage(ExportFixtures.crowded(), ExportOptions.of(Locale.FRENCH), crowded,
        p -> { });
    try (PDDocument doc = Loader.loadPDF(crowded.toByteArray())) {
      // No page 2 to send the reader to: the image says how much more the PDF holds.
      assertThat(PdfExporterTest.words(PdfExporterTest.textOf(doc, 1, 1)))
          .containsPattern("et \\d+ autres notes dans le PDF →").doesNotContain("suite p.");
    }
  }

  @Test
  void aResolutionOutsideThePapersBoundsIsRefused() {
    for (Paper paper : Paper.values()) {
      int most = PngExporter.maxDpi(paper);
      double pixels = paper.width() / 72.0 * most * paper.height() / 72.0 * most;
      assertThat(pixels).as(paper.key()).isLessThanOrEqualTo(PngExporter.MAX_PIXELS);
      assertThat(most).isGreaterThanOrEqualTo(PngExporter.DPI);
      assertThat(PngExporter.allows(paper, PngExporter.MIN_DPI - 1)).isFalse();
      assertThat(PngExporter.allows(paper, most + 1)).isFalse();
    }
    assertThat(PngExporter.maxDpi(Paper.A4)).isEqualTo(PngExporter.MAX_DPI);
    assertThatThrownBy(() -> PngExporter.export(ExportFixtures.bureauNomade(), FindingLines.NONE,
        ExportOptions.of(Locale.ENGLISH).withDpi(1000), new ByteArrayOutputStream(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("72 to 600 dpi");
  }

  /** The resolution a PNG's {@code pHYs} chunk records, in dots per inch; 0 when none. */
  private static int dpiOf(IIOMetadata metadata) {
    Node root = metadata.getAsTree(metadata.getNativeMetadataFormatName());
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals("pHYs")) {
        IIOMetadataNode p = (IIOMetadataNode) n;
        assertThat(p.getAttribute("unitSpecifier")).isEqualTo("meter");
        return (int) Math.round(Long.parseLong(p.getAttribute("pixelsPerUnitXAxis")) * 0.0254);
      }
    }
    return 0;
  }

  private static boolean containsColour(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
