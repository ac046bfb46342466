package app.toile.io;

import app.toile.recovery.DocumentId;
import app.toile.recovery.RecoveryStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Header;
import app.toile.model.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Toile writes, Toile reads: no save makes a file over the limit the reader keeps. */
class WriteLimitTest {
  @TempDir
  Path dir;

  private static Canvas tooLarge;
  private final Canvas small = Canvas.empty().withHeader(Header.EMPTY.withTitle("Small"));

  @BeforeAll
  static void makeACanvasOverTheLimit() {
    // Eleven notes of the longest text a file may hold: 110 million characters in all.
    String longest = "a".repeat(CanvasFormat.MAX_TEXT_CHARS);
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      notes.add(Note.of("n" + i, longest));
    }
    tooLarge = Canvas.empty().withNotes(Block.KEY_ACTIVITIES, notes);
  }

  @Test
  void aSaveOverTheLimitIsRefusedAndTheFileKept() throws IOException {
    Path file = dir.resolve("c.toile.json");
    CanvasFiles.save(small, file);
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> CanvasFiles.save(tooLarge, file))
        .isInstanceOf(CanvasFileException.class)
        .hasMessage(file + ": cannot save: the canvas would take 105 MB, more than the 100 MB a"
            + " canvas file may hold, and Toile could not open it again");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(names()).containsExactly("c.toile.json");
  }

  @Test
  void aRecoveryCopyOverTheLimitIsRefusedToo() throws IOException {
    RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
    DocumentId id = DocumentId.untitled("big");
    store.save(id, small);
    assertThatThrownBy(() -> store.save(id, tooLarge))
        .isInstanceOf(CanvasFileException.class)
        .hasMessageContaining("cannot save: the canvas would take 105 MB");
    assertThat(store.pending()).singleElement()
        .satisfies(copy -> assertThat(store.restore(copy).canvas()).isEqualTo(small));
  }

  @Test
  void aCanvasJustUnderTheLimitSavesAndOpensAgain() throws IOException {
    String text = "b".repeat(CanvasFormat.MAX_TEXT_CHARS);
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      notes.add(Note.of("n" + i, text));
    }
    Canvas nearly = Canvas.empty().withNotes(Block.KEY_ACTIVITIES, notes);
    Path file = dir.resolve("near.toile.json");
    CanvasFiles.save(nearly, file);
    assertThat(Files.size(file)).isLessThanOrEqualTo(CanvasFormat.MAX_FILE_BYTES);
    assertThat(CanvasFiles.load(file)).isEqualTo(nearly);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
