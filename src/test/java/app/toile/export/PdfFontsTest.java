package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The export's fonts are embedded without their glyph substitutions: a text is shown letter by
 * letter, exactly as it was measured, and PDFBox does not rework every string it writes (which
 * once took nine tenths of the export of a large canvas).
 */
class PdfFontsTest {

  @Test
  void theTextFontsAndTheIconsCarryNoSubstitutions() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PdfFonts fonts = PdfFonts.load(doc);

      assertThat(fonts.font(false).getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
      assertThat(fonts.font(true).getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
      assertThat(fonts.icons().getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
    }
  }

  @Test
  void withoutThemTheRegularFontWouldSubstitute() throws Exception {
    // The guard above means something: the shipped font has substitutions to turn off.
    try (PDDocument doc = new PDDocument();
        InputStream in = PdfFonts.class.getResourceAsStream(
            "/app/toile/fonts/LiberationSans-Regular.ttf")) {
      PDType0Font plain = PDType0Font.load(doc, in, true);

      assertThat(plain.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
    }
  }
}
