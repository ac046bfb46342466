package app.toile.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.export.ExportPart;
import app.toile.i18n.Texts;
import app.toile.interchange.InterchangeOptions;
import app.toile.io.CanvasFiles;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's state, without a toolkit. */
class ExportViewModelTest {
  private final EditorSession session = TestSessions.direct();
  private boolean desktopAnswers;
  private final ExportViewModel vm = new ExportViewModel(session, new FileOpener() {
    @Override
    public CompletionStage<Boolean> open(Path file) {
      return CompletableFuture.completedFuture(desktopAnswers);
    }

    @Override
    public CompletionStage<Boolean> showInFolder(Path file) {
      return CompletableFuture.completedFuture(desktopAnswers);
    }
  }, Runnable::run);

  @Test
  void opensOnTheCanvasLanguageBesideItsFileAndFollowsTheFormat() {
    session.document().load(CanvasFiles.load(Path.of("samples/fr/coffee-roaster.toile.json")),
        Path.of("/tmp/roaster/coffee.toile.json"));
    vm.load();
    assertThat(vm.languageProperty().get()).isEqualTo(Locale.FRENCH);
    assertThat(vm.formatProperty().get()).isEqualTo("pdf");
    assertThat(vm.paperProperty().get()).isEqualTo("a4");
    Path pdf = vm.targetProperty().get();
    assertThat(pdf.getParent()).isEqualTo(Path.of("/tmp/roaster"));
    assertThat(pdf.getFileName().toString()).endsWith(".pdf");

    vm.formatProperty().set("pptx");
    assertThat(vm.targetProperty().get().getFileName().toString())
        .isEqualTo(pdf.getFileName().toString().replace(".pdf", ".pptx"));
    assertThat(vm.paperAppliesProperty().get()).isFalse();
    assertThat(vm.partsApplyProperty().get()).isTrue();
    vm.formatProperty().set("png");
    assertThat(vm.partsApplyProperty().get()).isFalse();
    assertThat(vm.paperAppliesProperty().get()).isTrue();
  }

  @Test
  void theChoicesAsTheExportersTakeThem() {
    session.document().load(app.toile.model.Canvas.empty(), null);
    vm.load();
    assertThat(vm.languageProperty().get()).as("an empty canvas: the editor's").isEqualTo(
        Locale.ENGLISH);
    assertThat(vm.targetProperty().get()).isNull();
    vm.paperProperty().set("letter");
    vm.roadmapProperty().set(false);
    vm.findingsProperty().set(false);
    assertThat(vm.choices().options().parts()).containsExactly(ExportPart.SEGMENT_PAGES);
    assertThat(vm.choices().paper()).isEqualTo(app.toile.export.Paper.LETTER);
  }

  @Test
  void theModeFollowsTheFormatUntilTheUserChoosesOne() {
    session.document().load(app.toile.model.Canvas.empty(), null);
    vm.load();
    assertThat(vm.modeProperty().get()).as("a PDF is worked on").isEqualTo("working");
    assertThat(vm.findingsApplyProperty().get()).isTrue();
    vm.formatProperty().set("pptx");
    assertThat(vm.modeProperty().get()).as("a deck presents").isEqualTo("presentation");
    assertThat(vm.findingsApplyProperty().get()).isFalse();
    assertThat(vm.findingsReasonProperty().getValue())
        .isEqualTo("dialog.export.include.findings.presentation");
    assertThat(vm.choices().options().mode()).isEqualTo(app.toile.export.ExportMode.PRESENTATION);
    vm.formatProperty().set("pdf");
    assertThat(vm.modeProperty().get()).isEqualTo("working");
    vm.modeProperty().set("presentation");
    vm.formatProperty().set("png");
    assertThat(vm.modeProperty().get()).as("chosen, it stays").isEqualTo("presentation");
    vm.formatProperty().set("csv");
    assertThat(vm.modeAppliesProperty().get()).isFalse();
  }

  @Test
  void everyPaperIsOfferedWithItsNameInBothLanguagesTheWallsToo() {
    assertThat(ExportViewModel.PAPERS).containsExactly("a4", "a3", "letter", "a2", "a1", "a0");
    for (Locale locale : ExportViewModel.LANGUAGES) {
      Texts ui = Texts.of("ui", locale);
      for (String paper : ExportViewModel.PAPERS) {
        assertThat(ui.get("dialog.export.paper." + paper)).as(paper).isNotBlank()
            .doesNotStartWith("!");
      }
    }
    session.document().load(app.toile.model.Canvas.empty(), null);
    vm.load();
    vm.paperProperty().set("a1");
    assertThat(vm.choices().paper()).isEqualTo(app.toile.export.Paper.A1);
  }

  @Test
  void saysWhenNoDesktopCouldOpenTheFile() {
    session.document().load(app.toile.model.Canvas.empty(), Path.of("/tmp/x.toile.json"));
    vm.load();
    vm.export();
    assertThat(vm.stepProperty().get()).isEqualTo(ExportViewModel.Step.DONE);
    desktopAnswers = false;
    vm.open();
    assertThat(vm.noDesktopProperty().getValue()).isTrue();
    desktopAnswers = true;
    vm.showInFolder();
    assertThat(vm.noDesktopProperty().getValue()).isFalse();
  }

  @Test
  void theOpenFormatsTakeTheLanguageButNeitherPaperNorParts() {
    session.document().load(CanvasFiles.load(Path.of("samples/fr/coffee-roaster.toile.json")),
        Path.of("/tmp/roaster/coffee.toile.json"));
    vm.load();
    Path pdf = vm.targetProperty().get();
    String base = pdf.getFileName().toString().replace(".pdf", "");
    assertThat(vm.paperReasonProperty().getValue()).isEmpty();
    assertThat(vm.partsReasonProperty().getValue()).isEmpty();
    for (String f : List.of("md", "canvas", "csv")) {
      vm.formatProperty().set(f);
      assertThat(vm.openFormatProperty().get()).as(f).isTrue();
      assertThat(vm.paperAppliesProperty().get()).as(f).isFalse();
      assertThat(vm.partsApplyProperty().get()).as(f).isFalse();
      assertThat(vm.paperReasonProperty().getValue()).isEqualTo("dialog.export.paper.text");
      assertThat(vm.partsReasonProperty().getValue()).isEqualTo("dialog.export.include.text");
      assertThat(vm.byteOrderMarkAppliesProperty().get()).as(f).isEqualTo(f.equals("csv"));
      assertThat(vm.targetProperty().get()).isEqualTo(pdf.resolveSibling(base + "." + f));
      assertThat(vm.choices().format().extension()).isEqualTo(f);
      assertThat(vm.choices().format().isOpen()).isTrue();
    }
    vm.byteOrderMarkProperty().set(true);
    assertThat(vm.choices().interchangeOptions())
        .isEqualTo(new InterchangeOptions(Locale.FRENCH, true));
    vm.formatProperty().set("pptx");
    assertThat(vm.paperReasonProperty().getValue()).isEqualTo("dialog.export.paper.slides");
    assertThat(vm.partsApplyProperty().get()).isTrue();
    assertThat(vm.byteOrderMarkAppliesProperty().get()).isFalse();
    vm.formatProperty().set("png");
    assertThat(vm.partsReasonProperty().getValue()).isEqualTo("dialog.export.include.png");
    assertThat(vm.paperAppliesProperty().get()).isTrue();
    assertThat(vm.paperReasonProperty().getValue()).isEmpty();
  }

  @Test
  void anOpenFormatIsWrittenAndRememberedForTheCanvas(@TempDir Path folder) throws Exception {
    session.document().load(CanvasFiles.load(Path.of("samples/en/coffee-roaster.toile.json")),
        folder.resolve("roaster.toile.json"));
    vm.load();
    vm.formatProperty().set("csv");
    vm.byteOrderMarkProperty().set(true);
    vm.export();
    assertThat(vm.stepProperty().get()).isEqualTo(ExportViewModel.Step.DONE);
    Path csv = vm.writtenProperty().get();
    assertThat(csv.getFileName().toString()).endsWith(".csv");
    assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".segments.csv")))
        .exists();

    vm.formatProperty().set("pdf");
    vm.byteOrderMarkProperty().set(false);
    vm.load();
    assertThat(vm.formatProperty().get()).isEqualTo("csv");
    assertThat(vm.byteOrderMarkProperty().get()).isTrue();
    assertThat(vm.targetProperty().get()).isEqualTo(csv);
  }
}
