package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The page a printer gets, rendered and sized without a printer. */
class CanvasPageImageTest {

  @Test
  void theCanvasPageAtThePrintersResolution() throws IOException {
    BufferedImage a4 = CanvasPageImage.render(ExportFixtures.bureauNomade(),
        new ExportOptions(Paper.A4, Locale.FRENCH), 150);
    assertThat(a4.getWidth()).isCloseTo(Math.round(Paper.A4.width() * 150 / 72), Offset.offset(1));
    assertThat(a4.getHeight()).isCloseTo(Math.round(Paper.A4.height() * 150 / 72),
        Offset.offset(1));
    assertThat(darkPixels(a4)).as("the page is drawn, not blank").isGreaterThan(2_000);
  }

  @Test
  void aResolutionOutsideWhatIsUsefulIsKeptWithinIt() {
    assertThat(CanvasPageImage.clamp(1200)).isEqualTo(300);
    assertThat(CanvasPageImage.clamp(0)).isEqualTo(72);
    assertThat(CanvasPageImage.clamp(600)).isEqualTo(CanvasPageImage.MAX_DPI);
  }

  @Test
  void fitsThePrintableAreaKeepingItsProportions() {
    // A4 landscape into a printable area narrower than the page, as printers have.
    double[] size = CanvasPageImage.fit(841.89, 595.28, 800, 560);
    assertThat(size[0]).isLessThanOrEqualTo(800);
    assertThat(size[1]).isLessThanOrEqualTo(560);
    assertThat(size[0] / size[1]).isCloseTo(841.89 / 595.28, Offset.offset(1e-9));
    assertThat(Math.max(size[0] / 800, size[1] / 560)).isCloseTo(1.0, Offset.offset(1e-9));
  }

  private static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int sum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
        if (sum < 200) {
          dark++;
        }
      }
    }
    return dark;
  }
}
