package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.export.Paper;
import app.toile.io.CanvasFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The page for a printer: its paper from the printer's, sized to the printable area. */
class CanvasPrintTest {

  @Test
  void picksThePaperAndSizesThePageToThePrintableArea() throws IOException {
    assertThat(CanvasPrint.paperFor("A3")).isEqualTo(Paper.A3);
    assertThat(CanvasPrint.paperFor("Letter")).isEqualTo(Paper.LETTER);
    assertThat(CanvasPrint.paperFor("Japanese Postcard")).isEqualTo(Paper.A4);
    CanvasPrint.Page page = CanvasPrint.render(
        CanvasFiles.load(Path.of("samples/fr/paris-startup.toile.json")), Locale.ENGLISH, "A3",
        1100, 800, 100);
    assertThat(page.image().getWidth()).isCloseTo(Math.round(Paper.A3.width() * 100 / 72),
        Offset.offset(1));
    assertThat(page.width()).isLessThanOrEqualTo(1100);
    assertThat(page.height()).isLessThanOrEqualTo(800);
    assertThat(page.width() / page.height())
        .isCloseTo(Paper.A3.width() / Paper.A3.height(), Offset.offset(1e-6));
  }
}
