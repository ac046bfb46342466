package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddNote;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import app.toile.ui.MemoryStore;
import app.toile.ui.base.UserSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work restored after a crash, and the guard on a file changed elsewhere, without a toolkit. */
class RecoveredDocumentTest {
  private static final Path FILE = Path.of("/tmp/recovered.toile.json");
  private static final Canvas ON_DISK = Canvas.empty();
  private static final Canvas RECOVERED = Canvas.empty().withNotes(Block.CHANNELS,
      List.of(Note.of("n1", "Trade fairs")));

  private final MemoryStore store = new MemoryStore();
  private final UserSettings settings =
      new UserSettings(Preferences.userRoot().node("app/toile/test/" + getClass().getSimpleName()));
  private final DocumentFiles vm = new DocumentFiles(new Document(), store,
      (c, source, target, locale, progress) -> { }, settings, Runnable::run, Runnable::run, () -> "Untitled canvas");
  private final List<String> guardCalls = new ArrayList<>();
  private boolean overwriteAllowed;

  RecoveredDocumentTest() {
    store.put(FILE, ON_DISK);
    vm.setFileGuard(new FileGuard() {
      @Override
      public void readOrWritten(Path file) {
        guardCalls.add("read or written " + file.getFileName());
      }

      @Override
      public boolean mayOverwrite(Path file) {
        guardCalls.add("may overwrite " + file.getFileName());
        return overwriteAllowed;
      }
    });
  }

  @AfterEach
  void clearSettings() {
    settings.clear();
  }

  @Test
  void restoredWorkStaysUnsavedUntilSavedEvenAfterUndo() {
    vm.openRecovered(app.toile.io.CanvasFile.of(RECOVERED), FILE);
    Document doc = vm.document();
    assertThat(doc.canvas()).isEqualTo(RECOVERED);
    assertThat(doc.file()).isEqualTo(FILE);
    assertThat(doc.isUnsaved()).isTrue();
    doc.execute(AddNote.append(Block.KEY_PARTNERS, Note.of("p1", "Banks")));
    doc.undo();
    assertThat(doc.isUnsaved()).isTrue();

    overwriteAllowed = true;
    vm.save();
    assertThat(store.get(FILE)).isEqualTo(RECOVERED);
    assertThat(doc.isUnsaved()).isFalse();
  }

  @Test
  void theGuardIsToldOfReadsAndWritesAndCanStopASaveOverTheFile() {
    vm.open(FILE);
    vm.document().execute(AddNote.append(Block.KEY_PARTNERS, Note.of("p1", "Banks")));
    overwriteAllowed = false;
    vm.save();
    assertThat(store.get(FILE)).isEqualTo(ON_DISK);
    assertThat(vm.document().isUnsaved()).isTrue();
    assertThat(guardCalls).containsExactly("read or written recovered.toile.json",
        "may overwrite recovered.toile.json");

    overwriteAllowed = true;
    vm.save();
    assertThat(store.get(FILE)).isEqualTo(vm.document().canvas());
    assertThat(guardCalls).endsWith("may overwrite recovered.toile.json",
        "read or written recovered.toile.json");
  }

  @Test
  void reloadReadsTheFileAgainAndDropsTheChangesMadeHere() {
    vm.open(FILE);
    vm.document().execute(AddNote.append(Block.KEY_PARTNERS, Note.of("p1", "Banks")));
    store.put(FILE, RECOVERED);
    vm.reload();
    assertThat(vm.document().canvas()).isEqualTo(RECOVERED);
    assertThat(vm.document().isUnsaved()).isFalse();
  }
}
