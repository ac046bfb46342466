package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddNote;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Guide;
import app.toile.model.Note;
import app.toile.ui.MemoryStore;
import app.toile.ui.base.UserSettings;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New, open, save and the unsaved-changes prompt, without a toolkit and on the calling thread. */
class DocumentFilesTest {
  private final MemoryStore store = new MemoryStore();
  private final UserSettings settings =
      new UserSettings(Preferences.userRoot().node("app/toile/test/" + getClass().getSimpleName()));
  private final List<Runnable> queued = new ArrayList<>();
  private final List<Canvas> exported = new ArrayList<>();
  private final Script prompts = new Script();
  private final DocumentFiles vm = new DocumentFiles(new Document(), store,
      (c, source, target, locale, progress) -> exported.add(c), settings,
      queued::add, Runnable::run, () -> "Untitled canvas");

  DocumentFilesTest() {
    vm.setPrompts(prompts);
  }

  @AfterEach
  void clearSettings() {
    settings.clear();
  }

  /** Runs the background work queued so far, as the worker thread would. */
  private void runWorker() {
    while (!queued.isEmpty()) {
      queued.remove(0).run();
    }
  }

  private Document doc() {
    return vm.document();
  }

  private void addNote(String id) {
    doc().execute(AddNote.append(Block.CHANNELS, Note.of(id, id)));
  }

  @Test
  void aNewCanvasIsOpenEmptyAndSaved() {
    assertThat(doc().openProperty().get()).isFalse();
    vm.newCanvas();
    assertThat(doc().openProperty().get()).isTrue();
    assertThat(doc().isUnsaved()).isFalse();
    assertThat(vm.displayName()).isEqualTo("Untitled canvas");
  }

  @Test
  void theCanvasTitleNamesTheWorkInTheWindowThePromptsAndTheFileProposed() {
    vm.newCanvas();
    doc().execute(new app.toile.command.EditHeader(app.toile.command.EditHeader.Field.TITLE,
        "Studio Booker: v2"));
    assertThat(vm.displayName()).isEqualTo("Studio Booker: v2");
    assertThat(vm.workName()).isEqualTo("Studio Booker: v2");

    prompts.answers.add(DocumentPrompts.SaveChoice.CANCEL);
    vm.newCanvas();
    vm.exports().chooseTarget(vm.exports().choices(java.util.Locale.ENGLISH));
    prompts.saveTo.add(Path.of("/tmp/booker.toile.json"));
    vm.saveAs();
    runWorker();
    assertThat(prompts.names).containsExactly("ask Studio Booker: v2", "export Studio Booker - v2.pdf",
        "save Studio Booker - v2.toile.json");

    // Once saved, the window and the files proposed take the file's name; the prompts the title.
    assertThat(vm.displayName()).isEqualTo("booker");
    assertThat(vm.suggestedFileName()).isEqualTo("booker");
    addNote("a");
    prompts.names.clear();
    vm.newCanvas();
    assertThat(prompts.names).containsExactly("ask Studio Booker: v2");
  }

  @Test
  void aCanvasWithNoTitleIsUntitledEverywhere() {
    vm.newCanvas();
    addNote("a");
    vm.newCanvas();
    prompts.saveTo.add(Path.of("/tmp/x.toile.json"));
    assertThat(vm.suggestedFileName()).isEqualTo("Untitled canvas");
    assertThat(prompts.names).containsExactly("ask Untitled canvas");
  }

  @Test
  void savingANewCanvasAsksWhereAndClearsTheMark() {
    vm.newCanvas();
    addNote("a");
    assertThat(doc().isUnsaved()).isTrue();
    prompts.saveTo.add(Path.of("/tmp/model"));
    vm.save();
    assertThat(vm.busyProperty().get()).isTrue();
    runWorker();
    Path file = Path.of("/tmp/model.toile.json");
    assertThat(store.get(file).noteCount()).isEqualTo(1);
    assertThat(doc().isUnsaved()).isFalse();
    assertThat(doc().file()).isEqualTo(file);
    assertThat(vm.displayName()).isEqualTo("model");
    assertThat(vm.recentFiles()).containsExactly(file.toAbsolutePath());
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void aNewCanvasOffersTheGuideAndMovingItWhileSavingIsNoChange() {
    vm.newCanvas();
    assertThat(doc().guide()).isEqualTo(Guide.START);
    addNote("a");
    prompts.saveTo.add(Path.of("/tmp/guided.toile.json"));
    vm.save();
    doc().setGuide(Guide.at(Block.CHANNELS));
    runWorker();
    assertThat(store.guideOf(Path.of("/tmp/guided.toile.json"))).isEqualTo(Guide.START);
    assertThat(doc().isUnsaved()).isFalse();
    assertThat(doc().guide()).isEqualTo(Guide.at(Block.CHANNELS));
  }

  @Test
  void anEditMadeWhileSavingKeepsTheMark() {
    vm.newCanvas();
    addNote("a");
    prompts.saveTo.add(Path.of("/tmp/model.toile.json"));
    vm.save();
    addNote("b");
    runWorker();
    assertThat(store.get(Path.of("/tmp/model.toile.json")).noteCount()).isEqualTo(1);
    assertThat(doc().isUnsaved()).isTrue();
  }

  @Test
  void aFailedSaveShowsTheErrorAndKeepsTheChanges() {
    Path file = Path.of("/tmp/kept.toile.json");
    store.put(file, Canvas.empty());
    vm.open(file);
    runWorker();
    addNote("a");
    store.failSaves(true);
    vm.save();
    runWorker();
    assertThat(prompts.errors).containsExactly("error.save /tmp/kept.toile.json No space left on the disk.");
    assertThat(doc().isUnsaved()).isTrue();
    assertThat(store.get(file)).isEqualTo(Canvas.empty());
  }

  @Test
  void openingAMissingFileSaysSoAndKeepsTheStartScreen() {
    vm.open(Path.of("/tmp/none.toile.json"));
    runWorker();
    assertThat(prompts.errors).hasSize(1).first().asString().startsWith("error.open");
    assertThat(doc().openProperty().get()).isFalse();
  }

  @Test
  void unsavedChangesAreSavedDroppedOrKeptAsTheUserAnswers() {
    Path file = Path.of("/tmp/a.toile.json");
    store.put(file, Canvas.empty());
    vm.open(file);
    runWorker();
    addNote("a");

    prompts.answers.add(DocumentPrompts.SaveChoice.CANCEL);
    vm.newCanvas();
    assertThat(doc().file()).isEqualTo(file);
    assertThat(doc().canvas().noteCount()).isEqualTo(1);

    prompts.answers.add(DocumentPrompts.SaveChoice.SAVE);
    vm.newCanvas();
    runWorker();
    assertThat(store.get(file).noteCount()).isEqualTo(1);
    assertThat(doc().file()).isNull();

    addNote("b");
    prompts.answers.add(DocumentPrompts.SaveChoice.DISCARD);
    prompts.saveTo.add(Path.of("/tmp/never.toile.json"));
    vm.open();
    assertThat(prompts.asked).as("cancel, save, discard, then the open chooser").isEqualTo(4);
    assertThat(store.get(Path.of("/tmp/never.toile.json"))).isNull();
  }

  @Test
  void remembersTenRecentFilesMostRecentFirst() {
    for (int i = 0; i < 12; i++) {
      Path f = Path.of("/tmp/r" + i + ".toile.json");
      store.put(f, Canvas.empty());
      vm.open(f);
      runWorker();
    }
    assertThat(vm.recentFiles()).hasSize(10).first().isEqualTo(Path.of("/tmp/r11.toile.json"));
    assertThat(settings.recentFiles()).isEqualTo(List.copyOf(vm.recentFiles()));
  }

  /** Answers the prompts from queues, and records what was shown. */
  private static final class Script implements DocumentPrompts {
    final Deque<SaveChoice> answers = new ArrayDeque<>();
    final Deque<Path> saveTo = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    /** The names the prompts were given, in order. */
    final List<String> names = new ArrayList<>();
    int asked;

    @Override
    public SaveChoice askSaveChanges(String canvasName) {
      asked++;
      names.add("ask " + canvasName);
      return answers.isEmpty() ? SaveChoice.CANCEL : answers.poll();
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
      asked++;
      return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String proposedName) {
      names.add("save " + proposedName);
      return Optional.ofNullable(saveTo.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(Path proposed, app.toile.session.ExportKind format) {
      names.add("export " + proposed.getFileName());
      return Optional.ofNullable(saveTo.poll());
    }

    @Override
    public void showError(String messageKey, Path file, String detail) {
      errors.add(messageKey + " " + file + " " + detail);
    }
  }
}
