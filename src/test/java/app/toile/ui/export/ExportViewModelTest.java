package app.toile.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.export.ExportPart;
import app.toile.io.CanvasFiles;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

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
}
