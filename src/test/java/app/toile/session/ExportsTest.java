package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.export.ExportPart;
import app.toile.export.Paper;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Header;
import app.toile.model.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's session side: choices per canvas, progress, failure and cancel. */
class ExportsTest {
  private static final Canvas FRENCH = Canvas.empty()
      .withHeader(Header.EMPTY.withTitle("Carnet : la compta des solos"))
      .withNotes(Block.VALUE_PROPOSITIONS, List.of(Note.of("n1", "La compta faite en dix minutes"),
          Note.of("n2", "Des déclarations de TVA sans cabinet")));

  private final List<Runnable> queued = new ArrayList<>();
  private final List<ExportChoices> exported = new ArrayList<>();
  private final List<Path> proposed = new ArrayList<>();
  private CanvasExporter exporter = new CanvasExporter() {
    @Override
    public void export(Canvas c, Path s, Path t, Locale l, java.util.function.DoubleConsumer p) {
      throw new AssertionError("the dialog's choices go through the other method");
    }

    @Override
    public void export(Canvas c, Path s, ExportChoices choices,
        java.util.function.DoubleConsumer progress) throws Exception {
      progress.accept(0.5);
      exported.add(choices);
    }
  };
  private final DocumentFiles files = new DocumentFiles(new Document(), new MemoryFiles(),
      new Forward(), new Recent(), queued::add, Runnable::run, () -> "Untitled canvas");

  ExportsTest() {
    files.setPrompts(new Answers());
  }

  private Exports exports() {
    return files.exports();
  }

  private void runWorker() {
    while (!queued.isEmpty()) {
      queued.remove(0).run();
    }
  }

  @Test
  void proposesAPdfBesideTheCanvasNamedAfterItsFileInItsOwnLanguage() {
    files.document().load(FRENCH, Path.of("/tmp/work/carnet.toile.json"));
    ExportChoices c = exports().choices(Locale.ENGLISH);
    assertThat(c.format()).isEqualTo(ExportKind.PDF);
    assertThat(c.paper()).isEqualTo(Paper.A4);
    assertThat(c.language()).as("the canvas's, not the editor's").isEqualTo(Locale.FRENCH);
    assertThat(c.parts()).isEqualTo(ExportPart.all());
    assertThat(c.target()).isEqualTo(Path.of("/tmp/work/Carnet - la compta des solos.pdf"));
  }

  @Test
  void anUntitledCanvasAsksWhereWithTheTitleAsName() {
    files.document().load(FRENCH, null);
    ExportChoices c = exports().choices(Locale.ENGLISH);
    assertThat(c.target()).isNull();
    assertThat(exports().chooseTarget(c.withFormat(ExportKind.PPTX)))
        .contains(Path.of("/tmp/chosen.pptx"));
    assertThat(proposed).containsExactly(Path.of("Carnet - la compta des solos.pptx"));
  }

  @Test
  void exportsTheChoicesOnTheWorkerAndRemembersThemForThisCanvasOnly() {
    files.document().load(FRENCH, Path.of("/tmp/a.toile.json"));
    ExportChoices chosen = exports().choices(Locale.ENGLISH).withFormat(ExportKind.PPTX)
        .withPaper(Paper.A3).withLanguage(Locale.ENGLISH).withPart(ExportPart.ROADMAP, false);
    List<Double> progress = new ArrayList<>();
    exports().progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));

    exports().start(chosen);
    assertThat(exports().stateProperty().get()).isEqualTo(Exports.State.RUNNING);
    assertThat(files.busyProperty().get()).isTrue();
    runWorker();

    assertThat(exported).containsExactly(chosen);
    assertThat(chosen.target().getFileName().toString()).endsWith(".pptx");
    assertThat(progress).containsExactly(0.0, 0.5, -1.0);
    assertThat(exports().stateProperty().get()).isEqualTo(Exports.State.DONE);
    assertThat(exports().writtenProperty().get()).isEqualTo(chosen.target());
    assertThat(files.busyProperty().get()).isFalse();
    assertThat(exports().choices(Locale.ENGLISH)).isEqualTo(chosen);

    files.document().load(FRENCH, Path.of("/tmp/b.toile.json"));
    assertThat(exports().choices(Locale.ENGLISH).format()).isEqualTo(ExportKind.PDF);
    files.document().load(FRENCH, Path.of("/tmp/a.toile.json"));
    assertThat(exports().choices(Locale.ENGLISH)).isEqualTo(chosen);
  }

  @Test
  void anUntitledCanvasKeepsItsChoicesOnceSaved() {
    files.document().load(FRENCH, null);
    ExportChoices chosen = exports().choices(Locale.ENGLISH).withPaper(Paper.LETTER)
        .withTarget(Path.of("/tmp/out.pdf"));
    exports().start(chosen);
    runWorker();
    files.document().saved(Path.of("/tmp/saved.toile.json"), files.document().canvas());
    assertThat(exports().choices(Locale.ENGLISH)).isEqualTo(chosen);
    files.document().load(Canvas.empty(), null);
    assertThat(exports().choices(Locale.ENGLISH).paper()).as("a new canvas").isEqualTo(Paper.A4);
  }

  @Test
  void anOpenFormatGoesToTheOpenFormatsWriterAndNeverOverTheCanvas(@TempDir Path folder)
      throws Exception {
    Path source = folder.resolve("carnet.toile.json");
    app.toile.io.CanvasFiles.save(FRENCH, source);
    byte[] canvas = Files.readAllBytes(source);
    files.document().load(FRENCH, source);
    ExportChoices markdown = exports().choices(Locale.ENGLISH).withFormat(ExportKind.MARKDOWN);
    assertThat(markdown.target()).isEqualTo(folder.resolve("Carnet - la compta des solos.md"));
    exports().start(markdown);
    runWorker();
    assertThat(exported).as("not the document exporter").isEmpty();
    assertThat(exports().stateProperty().get()).isEqualTo(Exports.State.DONE);
    assertThat(Files.readString(folder.resolve("Carnet - la compta des solos.md")))
        .contains("## Propositions de valeur", "La compta faite en dix minutes");
    assertThat(exports().choices(Locale.ENGLISH)).isEqualTo(markdown);

    // The canvas's own file as the target, its extension turned to .csv by the choice: refused.
    Path canvasAsCsv = folder.resolve("old.csv");
    Files.copy(source, canvasAsCsv);
    exports().start(markdown.withFormat(ExportKind.CSV).withTarget(canvasAsCsv));
    runWorker();
    assertThat(exports().stateProperty().get()).isEqualTo(Exports.State.FAILED);
    assertThat(exports().failureProperty().get()).contains("an export never replaces a canvas");
    assertThat(Files.readAllBytes(canvasAsCsv)).isEqualTo(canvas);
    assertThat(folder.resolve("old.segments.csv")).doesNotExist();
    assertThat(Files.readAllBytes(source)).isEqualTo(canvas);
  }

  @Test
  void aFailureSaysWhyInPlainWordsAndFreesTheFiles() {
    exporter = new CanvasExporter() {
      @Override
      public void export(Canvas c, Path s, Path t, Locale l, java.util.function.DoubleConsumer p) {
        throw new IllegalStateException("it holds a Toile canvas; an export never replaces a canvas");
      }
    };
    files.document().load(FRENCH, null);
    exports().start(exports().choices(Locale.ENGLISH).withTarget(Path.of("/tmp/x.pdf")));
    runWorker();
    assertThat(exports().stateProperty().get()).isEqualTo(Exports.State.FAILED);
    assertThat(exports().failureProperty().get()).contains("never replaces a canvas");
    assertThat(files.busyProperty().get()).isFalse();
    exports().reset();
    assertThat(exports().stateProperty().get()).isEqualTo(Exports.State.IDLE);
  }

  @Test
  void cancelInterruptsTheExportingThreadAndLeavesTheWorkerUsable() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch ended = new CountDownLatch(1);
    AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
    exporter = new CanvasExporter() {
      @Override
      public void export(Canvas c, Path s, Path t, Locale l, java.util.function.DoubleConsumer p)
          throws InterruptedException {
        started.countDown();
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          throw new CancellationException("export cancelled");
        }
      }
    };
    List<Runnable> ui = new ArrayList<>();
    DocumentFiles threaded = new DocumentFiles(new Document(), new MemoryFiles(),
        (c, s, t, l, p) -> exporter.export(c, s, t, l, p), new Recent(), job -> new Thread(() -> {
          job.run();
          interruptedAfter.set(Thread.currentThread().isInterrupted());
          ended.countDown();
        }).start(), r -> {
          synchronized (ui) {
            ui.add(r);
          }
        }, () -> "Untitled canvas");
    threaded.setPrompts(new Answers());
    threaded.document().load(FRENCH, null);
    threaded.exports().start(new ExportChoices(null, null, null, EnumSet.noneOf(ExportPart.class),
        false, Path.of("/tmp/never.pdf")));
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    threaded.exports().cancel();
    assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
    synchronized (ui) {
      ui.forEach(Runnable::run);
    }
    assertThat(threaded.exports().stateProperty().get()).isEqualTo(Exports.State.CANCELLED);
    assertThat(threaded.exports().writtenProperty().get()).isNull();
    assertThat(threaded.busyProperty().get()).isFalse();
    assertThat(interruptedAfter.get()).as("the worker's next job starts uninterrupted").isFalse();
  }

  /** Hands both kinds of export to the exporter the test sets. */
  private final class Forward implements CanvasExporter {
    @Override
    public void export(Canvas c, Path s, Path t, Locale l, java.util.function.DoubleConsumer p)
        throws Exception {
      exporter.export(c, s, t, l, p);
    }

    @Override
    public void export(Canvas c, Path s, ExportChoices choices,
        java.util.function.DoubleConsumer p) throws Exception {
      exporter.export(c, s, choices, p);
    }
  }

  /** Answers the export's file chooser; nothing else is asked here. */
  private final class Answers implements DocumentPrompts {
    @Override
    public SaveChoice askSaveChanges(String canvasName) {
      return SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
      return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String proposedName) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportFile(Path proposal, ExportKind format) {
      proposed.add(proposal);
      return Optional.of(Path.of("/tmp/chosen"));
    }

    @Override
    public void showError(String messageKey, Path file, String detail) {
      throw new AssertionError(detail);
    }
  }

  private static final class MemoryFiles implements CanvasStore {
    @Override
    public app.toile.io.CanvasFile load(Path file) throws Exception {
      throw new java.io.IOException("No files in this test.");
    }

    @Override
    public void save(app.toile.io.CanvasFile canvas, Path file) { }
  }

  private static final class Recent implements RecentFiles {
    @Override
    public List<Path> recentFiles() {
      return List.of();
    }

    @Override
    public List<Path> addRecentFile(Path file) {
      return List.of();
    }
  }
}
