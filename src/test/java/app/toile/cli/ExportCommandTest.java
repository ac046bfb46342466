package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir
  Path dir;
  String complete;

  @BeforeEach
  void copyCanvas() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/canvases/complete.toile.json")) {
      Path target = dir.resolve("complete.toile.json");
      Files.copy(in, target);
      complete = target.toString();
    }
  }

  @Test
  void exportsAPdfInTheChosenLanguageAndPaper() throws IOException {
    Path out = dir.resolve("canvas.pdf");
    CliRun run = CliRun.of("export", complete, "-o", out.toString(), "--paper", "a3", "--lang",
        "fr");
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
    assertThat(run.err()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(1190.55f);
      // A block's name may wrap beside its icon.
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("Segments de clientèle", "Feuille de route d’expansion");
    }
  }

  @Test
  void theExtensionGivesTheFormatAndFormatOverridesIt() throws IOException {
    Path png = dir.resolve("canvas.png");
    assertThat(CliRun.of("export", complete, "--output", png.toString()).code()).isEqualTo(0);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1683);
    Path odd = dir.resolve("canvas.out");
    assertThat(CliRun.of("export", complete, "-o", odd.toString(), "--format", "png").code())
        .isEqualTo(0);
    assertThat(Files.readAllBytes(odd)).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void exportsAPowerPointDeckByExtensionOrByFormat() throws IOException {
    Path pptx = dir.resolve("canvas.pptx");
    CliRun run = CliRun.of("export", complete, "-o", pptx.toString(), "--lang", "fr");
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
    assertThat(run.err()).isEmpty();
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
      assertThat(show.getSlides()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(show.getPageSize().getWidth()).isEqualTo(960);
    }
    Path odd = dir.resolve("deck.out");
    assertThat(CliRun.of("export", complete, "-o", odd.toString(), "--format", "PPTX").code())
        .isEqualTo(Cli.OK);
    assertThat(Files.readAllBytes(odd)).startsWith('P', 'K');
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void badUsageExitsWith64AndWritesNothing() {
    Path out = dir.resolve("canvas.pdf");
    String o = out.toString();
    for (String[] args : new String[][] {
        {"export", complete},
        {"export", "-o", o},
        {"export", complete, complete, "-o", o},
        {"export", complete, "-o", o, "--paper", "a5"},
        {"export", complete, "-o", o, "--lang", "de"},
        {"export", complete, "-o", o, "--format", "svg"},
        {"export", complete, "-o", dir.resolve("canvas.svg").toString()},
        {"export", complete, "-o", o, "--output", o},
        {"export", complete, "-o", o, "--mode", "pitch"},
        {"export", complete, "-o", o, "--dpi", "300"},
        {"export", complete, "-o", dir.resolve("canvas.png").toString(), "--dpi", "high"},
        {"export", complete, "-o", dir.resolve("canvas.png").toString(), "--dpi", "50"},
        {"export", complete, "-o", dir.resolve("canvas.png").toString(), "--dpi", "600",
            "--paper", "a0"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
      assertThat(run.err()).startsWith("toile: ").endsWith("(see toile --help)\n");
    }
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("canvas.png")).doesNotExist();
  }

  @Test
  void aResolutionOutOfBoundsSaysWhichBoundsHold() {
    String png = dir.resolve("canvas.png").toString();
    assertThat(CliRun.of("export", complete, "-o", png, "--dpi", "50").err())
        .startsWith("toile: --dpi must be a whole number from 72 to 600, not 50");
    assertThat(CliRun.of("export", complete, "-o", png, "--dpi", "600", "--paper", "a0").err())
        .startsWith("toile: --dpi must be a whole number from 72 to 196 on a0 paper, not 600");
    assertThat(CliRun.of("export", complete, "-o", dir.resolve("c.pdf").toString(), "--dpi",
        "300").err()).startsWith("toile: --dpi is for a PNG image only");
  }

  @Test
  void anImageRecordsTheResolutionAsked() throws IOException {
    Path png = dir.resolve("canvas.png");
    CliRun run = CliRun.of("export", complete, "-o", png.toString(), "--dpi", "300");
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo((int) (841.89 * 300 / 72));
  }

  @Test
  void anUnreadableCanvasOrAnUnwritableOutputExitsWith2() throws IOException {
    CliRun missing = CliRun.of("export", dir.resolve("nope.toile.json").toString(), "-o",
        dir.resolve("a.pdf").toString());
    assertThat(missing.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(missing.err()).startsWith("toile: ");
    CliRun noFolder = CliRun.of("export", complete, "-o",
        dir.resolve("no-such-folder").resolve("a.pdf").toString());
    assertThat(noFolder.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(noFolder.err()).startsWith("toile: cannot write ").contains("a.pdf", "no such folder")
        .hasLineCount(1);
    assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
  }

  @Test
  void aReadOnlyFolderSaysAccessDenied() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    assumeTrue(locked.toFile().setWritable(false) && !Files.isWritable(locked),
        "runs only where permissions hold (not as root)");
    try {
      CliRun run = CliRun.of("export", complete, "-o", locked.resolve("a.pdf").toString());
      assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
      assertThat(run.err()).startsWith("toile: cannot write ").doesNotContain(".part");
    } finally {
      locked.toFile().setWritable(true);
    }
  }

  @Test
  void helpListsTheExportCommandAndItsOptions() {
    String help = CliRun.of("--help").out();
    assertThat(help).contains("export [OPTIONS] FILE -o OUT", "--paper a4|a3|letter|a2|a1|a0",
        "--format pdf|png|pptx", "--dpi N", "--mode working|presentation");
  }

  @Test
  void theModeChoosesBetweenAWorkingDocumentAndAPresentation() throws IOException {
    Path working = dir.resolve("working.pdf");
    Path presentation = dir.resolve("presentation.pdf");
    assertThat(CliRun.of("export", complete, "-o", working.toString()).code()).isEqualTo(Cli.OK);
    CliRun run = CliRun.of("export", complete, "-o", presentation.toString(), "--mode",
        "Presentation");
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
    try (PDDocument w = Loader.loadPDF(working.toFile());
        PDDocument p = Loader.loadPDF(presentation.toFile())) {
      assertThat(new PDFTextStripper().getText(w)).as("a PDF is worked on by default")
          .contains("Findings").doesNotContain("Strategy and market");
      assertThat(new PDFTextStripper().getText(p)).contains("Strategy and market")
          .doesNotContain("Findings", "Not set");
    }
    CliRun bad = CliRun.of("export", complete, "-o", working.toString(), "--mode", "pitch");
    assertThat(bad.err()).isEqualTo(
        "toile: --mode must be working or presentation, not 'pitch' (see toile --help)\n");
  }
}
