package app.toile.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.io.CanvasFile;
import app.toile.io.CanvasFileException;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Header;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery copies are written whole, offered back only when they hold unsaved work, and removed. */
class RecoveryStoreTest {
  private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

  @TempDir
  Path dir;

  private final Canvas saved = Canvas.empty().withHeader(Header.EMPTY.withTitle("Roastery"));
  private final Canvas edited = saved.withSegments(
      List.of(CustomerSegment.named("seg-1", "Offices near the roastery")));

  private RecoveryStore store() {
    return new RecoveryStore(dir.resolve("recovery"), Clock.fixed(NOON, ZoneOffset.UTC));
  }

  @Test
  void copyOfAnUnsavedFileIsOfferedAndRestoresTheEditedCanvas() throws IOException {
    Path file = dir.resolve("roastery.toile.json");
    CanvasFiles.save(saved, file);
    aMinuteAgo(file);
    RecoveryStore store = store();
    store.save(DocumentId.of(file), edited);

    List<RecoveryCopy> pending = store.pending();
    assertThat(pending).hasSize(1);
    RecoveryCopy copy = pending.get(0);
    assertThat(copy.document()).isEqualTo(DocumentId.of(file));
    assertThat(copy.written()).isEqualTo(NOON);
    assertThat(copy.title()).isEqualTo("Roastery");
    assertThat(copy.problem()).isNull();
    assertThat(store.restore(copy).canvas()).isEqualTo(edited);
    assertThat(CanvasFiles.load(file)).as("the file itself is untouched").isEqualTo(saved);
  }

  @Test
  void copyIsNotOfferedOnceItsFileWasSavedAfterIt() {
    Path file = dir.resolve("roastery.toile.json");
    RecoveryStore store = store();
    store.save(DocumentId.of(file), edited);
    CanvasFiles.save(edited, file);

    assertThat(store.pending()).isEmpty();
    assertThat(store.discardOutdated()).isEqualTo(1);
    assertThat(files()).isEmpty();
  }

  @Test
  void copyOfAFileThatIsGoneOrOfAnUntitledCanvasIsOffered() {
    RecoveryStore store = store();
    DocumentId gone = DocumentId.of(dir.resolve("deleted.toile.json"));
    DocumentId untitled = DocumentId.newUntitled();
    store.save(gone, edited);
    store.save(untitled, saved);

    assertThat(store.pending()).extracting(RecoveryCopy::document)
        .containsExactlyInAnyOrder(gone, untitled);
    assertThat(store.discardOutdated()).isZero();
  }

  @Test
  void aNewCopyReplacesTheDocumentsPreviousOneWithNoBackupOrTemporaryFile() {
    RecoveryStore store = store();
    DocumentId untitled = DocumentId.untitled("draft-1");
    store.save(untitled, saved);
    store.save(untitled, edited);

    assertThat(store.pending()).hasSize(1);
    assertThat(store.restore(store.pending().get(0)).canvas()).isEqualTo(edited);
    assertThat(files()).containsExactlyInAnyOrder("untitled-draft-1.toile.json",
        "untitled-draft-1.recovery.properties");
  }

  @Test
  void cleanCloseRemovesTheDocumentsCopyAndNoOther() {
    RecoveryStore store = store();
    DocumentId closed = DocumentId.of(dir.resolve("a.toile.json"));
    DocumentId open = DocumentId.untitled("draft-2");
    store.save(closed, edited);
    store.save(open, edited);

    store.discard(closed);
    store.discard(DocumentId.untitled("never-saved")); // nothing to remove: no error

    assertThat(store.pending()).extracting(RecoveryCopy::document).containsExactly(open);
  }

  @Test
  void discardRemovesARestoredCopy() {
    RecoveryStore store = store();
    store.save(DocumentId.untitled("draft-3"), edited);
    store.discard(store.pending().get(0));
    assertThat(store.pending()).isEmpty();
    assertThat(files()).isEmpty();
  }

  @Test
  void corruptCopyIsListedAndRefusedWithOneLineAndCanBeDiscarded() throws IOException {
    RecoveryStore store = store();
    RecoveryCopy good = store.save(DocumentId.untitled("good"), saved);
    RecoveryCopy bad = store.save(DocumentId.untitled("bad"), edited);
    byte[] bytes = Files.readAllBytes(bad.copy());
    Files.write(bad.copy(), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThat(store.pending()).hasSize(2);
    RecoveryCopy listed = store.pending().stream()
        .filter(c -> c.document().equals(bad.document())).findFirst().orElseThrow();
    assertThatThrownBy(() -> store.restore(listed))
        .isInstanceOf(CanvasFileException.class)
        .hasMessageStartingWith(bad.copy().toString())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    store.discard(listed);
    assertThat(store.pending()).containsExactly(good);
  }

  @Test
  void copyWithADamagedOrMissingNoteIsStillOfferedWithItsProblem() throws IOException {
    RecoveryStore store = store();
    DocumentId document = DocumentId.of(dir.resolve("x.toile.json"));
    RecoveryCopy copy = store.save(document, edited);
    Path sidecar = store.folder().resolve(document.key() + RecoverySidecar.SUFFIX);
    Files.writeString(sidecar, "file=\\uZZZZ\n", StandardCharsets.ISO_8859_1);

    RecoveryCopy listed = store.pending().get(0);
    assertThat(listed.problem()).isEqualTo("cannot read its note: its note is damaged");
    assertThat(listed.document().isUntitled()).isTrue();
    assertThat(store.restore(listed).canvas()).isEqualTo(edited);

    Files.delete(sidecar);
    assertThat(store.pending().get(0).problem())
        .isEqualTo("cannot read its note: no such file or folder");
    store.discard(store.pending().get(0));
    assertThat(files()).isEmpty();
    assertThat(copy.copy()).doesNotExist();
  }

  @Test
  void strayCanvasDroppedInTheFolderIsOfferedWithItsProblem() throws IOException {
    RecoveryStore store = store();
    store.save(DocumentId.untitled("draft"), saved);
    Path stray = store.folder().resolve("my canvas (copy) ☕.toile.json");
    Files.write(stray, CanvasFiles.toBytes(edited));

    RecoveryCopy listed = store.pending().stream().filter(c -> c.copy().equals(stray))
        .findFirst().orElseThrow();
    assertThat(listed.document().untitled()).isEqualTo("my-canvas--copy---");
    assertThat(listed.problem()).isEqualTo("cannot read its note: no such file or folder");
    assertThat(store.restore(listed).canvas()).isEqualTo(edited);
  }

  @Test
  void noteKeepsPathsAndTitlesOutsideLatin1() {
    Path file = dir.resolve("Café ☕ مقهى.toile.json");
    RecoveryStore store = store();
    store.save(DocumentId.of(file), edited.withHeader(Header.EMPTY.withTitle("Kaffee ☕ \"beans\"")));
    RecoveryCopy copy = store.pending().get(0);
    assertThat(copy.document().file()).isEqualTo(file.toAbsolutePath());
    assertThat(copy.title()).isEqualTo("Kaffee ☕ \"beans\"");
  }

  @Test
  void folderIsCreatedForItsOwnerOnly() throws IOException {
    RecoveryStore store = store();
    assertThat(store.pending()).as("no folder yet: nothing pending").isEmpty();
    store.save(DocumentId.untitled("draft"), saved);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder())))
        .isEqualTo("rwx------");
  }

  @Test
  void documentsOfTheSamePathShareOneKeyAndUntitledIdsAreChecked() {
    assertThat(DocumentId.of(dir.resolve("a/../b.toile.json")).key())
        .isEqualTo(DocumentId.of(dir.resolve("b.toile.json")).key())
        .startsWith("file-")
        .hasSize("file-".length() + 24);
    assertThat(DocumentId.newUntitled()).isNotEqualTo(DocumentId.newUntitled());
    assertThatThrownBy(() -> DocumentId.untitled("../escape"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void aMinuteAgo(Path file) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
  }

  private List<String> files() {
    Path folder = dir.resolve("recovery");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aCopyKeepsWhereTheGuideStoodBesideTheCanvas() {
    RecoveryStore store = store();
    Canvas edited = Canvas.empty().withHeader(Header.EMPTY.withTitle("Guided"));
    store.save(DocumentId.untitled("guided"),
        new CanvasFile(edited, app.toile.model.Guide.at(app.toile.model.Block.CHANNELS)));
    CanvasFile restored = store.restore(store.pending().get(0));
    assertThat(restored.canvas()).isEqualTo(edited);
    assertThat(restored.guide()).isEqualTo(app.toile.model.Guide.at(app.toile.model.Block.CHANNELS));
  }
}
